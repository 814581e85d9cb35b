using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>Startup facts printed by ik_llama.cpp in seed 000's appendix, and the line shapes seed 004 tells the user to check.</summary>
public sealed class SeedStartupFactSpecs
{
    [Fact]
    public void Appendix_a_gives_model_description_context_and_graph()
    {
        var startup = LogFiles.Parse("seed000-appendix-a.log").Startup;

        Assert.Equal("744B.A40B", startup.ModelType);
        Assert.Equal("IQ3_KS - 3.1875 bpw", startup.FileType);
        Assert.Equal("753.864 B", startup.ModelParams);
        Assert.Equal("320.216 GiB (3.649 BPW)", startup.ModelSize);
        Assert.Equal(32768, startup.NCtx);
        Assert.Equal(10250, startup.GraphNodes);
        Assert.Equal(190, startup.GraphSplits);
    }

    [Fact]
    public void Appendix_a_gives_every_buffer_with_device_and_kind()
    {
        var buffers = LogFiles.Parse("seed000-appendix-a.log").Startup.Buffers;

        Assert.Equal(
            [
                new BufferAllocation("CUDA_Host", BufferKind.Model, 307110.47),
                new BufferAllocation("CUDA0", BufferKind.Model, 7378.05),
                new BufferAllocation("CUDA1", BufferKind.Model, 7120.90),
                new BufferAllocation("CUDA0", BufferKind.Kv, 784.15),
                new BufferAllocation("CUDA1", BufferKind.Kv, 707.64),
                new BufferAllocation("CUDA0", BufferKind.Compute, 5418.03),
                new BufferAllocation("CUDA1", BufferKind.Compute, 5032.00),
                new BufferAllocation("CUDA_Host", BufferKind.Compute, 704.09),
            ],
            buffers);
    }

    [Fact]
    public void Appendix_a_gives_the_split_mode_fallback_and_pinned_host_memory()
    {
        var startup = LogFiles.Parse("seed000-appendix-a.log").Startup;

        Assert.Equal(new SplitModeFallback("graph", "layer"), startup.SplitModeFallback);
        Assert.Equal(299.91 * 1024, startup.PinnedHostMib!.Value, 6);
        Assert.Equal(51786.7, startup.PinnedHostMs!.Value, 1);
    }

    [Fact]
    public void Appendix_b_gives_one_gpu_buffers_and_fewer_graph_splits()
    {
        var startup = LogFiles.Parse("seed000-appendix-b.log").Startup;

        Assert.Equal(
            [
                new BufferAllocation("CUDA_Host", BufferKind.Model, 307110.47),
                new BufferAllocation("CUDA0", BufferKind.Model, 14498.95),
                new BufferAllocation("CUDA0", BufferKind.Kv, 1491.79),
                new BufferAllocation("CUDA0", BufferKind.Compute, 5418.03),
                new BufferAllocation("CUDA_Host", BufferKind.Compute, 704.09),
            ],
            startup.Buffers);
        Assert.Equal(10250, startup.GraphNodes);
        Assert.Equal(152, startup.GraphSplits);
        Assert.Equal(299.91 * 1024, startup.PinnedHostMib!.Value, 6);
        Assert.Equal(46485.7, startup.PinnedHostMs!.Value, 1);
        Assert.Null(startup.SplitModeFallback);
    }

    [Fact]
    public void Appendix_c_gives_pinned_host_memory_in_gib_without_a_time()
    {
        var startup = LogFiles.Parse("seed000-appendix-c.log").Startup;

        Assert.Equal(244.02 * 1024, startup.PinnedHostMib!.Value, 6);
        Assert.Null(startup.PinnedHostMs);
        Assert.Empty(startup.Buffers);
    }

    [Fact]
    public void A_later_pinned_allocation_does_not_keep_the_time_of_an_earlier_one()
    {
        var appendices = new[] { "seed000-appendix-b.log", "seed000-appendix-d.log" }.SelectMany(name => File.ReadLines(LogFiles.PathOf(name)));

        var startup = LlamaLogReader.Parse(appendices).Startup;

        Assert.Equal(218045, startup.PinnedHostMib!.Value, 6);
        Assert.Null(startup.PinnedHostMs);
    }

    [Fact]
    public void Appendix_d_gives_pinned_host_memory_printed_in_mib()
    {
        var startup = LogFiles.Parse("seed000-appendix-d.log").Startup;

        Assert.Equal(218045, startup.PinnedHostMib!.Value, 6);
    }

    [Fact]
    public void Placeholder_lines_of_seed_004_produce_no_buffers_or_graph_facts()
    {
        var startup = LogFiles.Parse("seed004-startup-checklist.log").Startup;

        Assert.Empty(startup.Buffers);
        Assert.Null(startup.GraphSplits);
    }

    [Theory]
    [InlineData("load_tensors: CUDA0 model buffer size = 17285.00 MiB", "CUDA0", BufferKind.Model, 17285.00)]
    [InlineData("load_tensors:   CPU_Mapped model buffer size =    51.34 MiB", "CPU_Mapped", BufferKind.Model, 51.34)]
    [InlineData("llama_kv_cache:        CPU KV buffer size =     8.00 MiB", "CPU", BufferKind.Kv, 8.00)]
    [InlineData("llm_load_tensors:        CPU buffer size =   417.66 MiB", "CPU", BufferKind.Model, 417.66)]
    [InlineData("sched_reserve:      CUDA0 compute buffer size =   120.50 MiB", "CUDA0", BufferKind.Compute, 120.50)]
    public void Buffer_lines_of_every_generation_name_device_kind_and_size(string line, string device, BufferKind kind, double mib)
    {
        var buffers = LlamaLogReader.Parse([line]).Startup.Buffers;

        Assert.Equal([new BufferAllocation(device, kind, mib)], buffers);
    }

    [Fact]
    public void Output_buffers_are_not_reported_as_model_kv_or_compute()
    {
        var buffers = LlamaLogReader.Parse(["llama_context:        CPU  output buffer size =     0.49 MiB"]).Startup.Buffers;

        Assert.Empty(buffers);
    }

    [Theory]
    [InlineData("sched_reserve: graph splits = 2", null, 2)]
    [InlineData("sched_reserve: graph: nodes = 382, splits = 1, input objects = 4", 382, 1)]
    [InlineData("llama_new_context_with_model: graph nodes  = 1030", 1030, null)]
    [InlineData("llama_new_context_with_model: graph splits = 33 (with bs=512), 3 (with bs=1)", null, 3)]
    public void Graph_lines_of_every_generation_give_nodes_and_splits(string line, int? nodes, int? splits)
    {
        var startup = LlamaLogReader.Parse([line]).Startup;

        Assert.Equal(nodes, startup.GraphNodes);
        Assert.Equal(splits, startup.GraphSplits);
    }

    [Fact]
    public void Offloaded_layers_line_gives_offloaded_and_total()
    {
        var startup = LlamaLogReader.Parse(["llm_load_tensors: offloaded 80/80 layers to GPU"]).Startup;

        Assert.Equal(80, startup.OffloadedLayers);
        Assert.Equal(80, startup.TotalLayers);
    }

    [Fact]
    public void Model_metadata_block_gives_description_layers_and_experts()
    {
        var startup = LogFiles.Parse("seed000-model-meta.log").Startup;

        Assert.Equal("glm-dsa", startup.Architecture);
        Assert.Equal("744B.A40B", startup.ModelType);
        Assert.Equal("IQ3_KS - 3.1875 bpw", startup.FileType);
        Assert.Equal("753.864 B", startup.ModelParams);
        Assert.Equal("320.216 GiB (3.649 BPW)", startup.ModelSize);
        Assert.Equal(79, startup.NLayer);
        Assert.Equal(256, startup.NExpert);
        Assert.Equal(8, startup.NExpertUsed);
        Assert.Equal(3, startup.NLayerDenseLead);
    }

    [Fact]
    public void A_2024_build_line_gives_build_and_commit()
    {
        var startup = LlamaLogReader.Parse(["build: 4192 (1cb7e1bf) with cc (GCC) 13.2.0 for x86_64-linux-gnu"]).Startup;

        Assert.Equal("b4192-1cb7e1bf", startup.Build);
        Assert.Equal("1cb7e1bf", startup.Commit);
    }
}
