using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>A hybrid model's startup (qwen3next): the recurrent-state buffer is part of the cache the KV kind reports.</summary>
public sealed class RecurrentStateBufferSpecs
{
    [Fact]
    public void The_rs_buffer_of_a_hybrid_counts_as_kv_beside_its_attention_layers_kv_buffer()
    {
        var buffers = LlamaLogReader.Parse(
        [
            "llama_kv_cache:      CUDA0 KV buffer size =  6144.00 MiB",
            "llama_memory_recurrent:      CUDA0 RS buffer size =    75.38 MiB",
            "llama_context:  CUDA_Host  output buffer size =     0.58 MiB",
        ]).Startup.Buffers;

        Assert.Equal([new BufferAllocation("CUDA0", BufferKind.Kv, 6144.00), new BufferAllocation("CUDA0", BufferKind.Kv, 75.38)], buffers);
    }
}
