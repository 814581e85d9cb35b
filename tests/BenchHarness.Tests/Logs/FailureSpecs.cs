using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>Out-of-memory and model-load failures, from seed 000's OOM case and from our own server build.</summary>
public sealed class FailureSpecs
{
    [Fact]
    public void Cuda_out_of_memory_cascade_is_one_failure_with_device_and_size()
    {
        var report = LogFiles.Parse("seed000-oom.log");

        var failure = Assert.Single(report.Failures);
        Assert.Equal(LogFailureKind.OutOfMemory, failure.Kind);
        Assert.Equal("CUDA0", failure.Device);
        Assert.Equal(5418.03, failure.Mib!.Value, 2);
        Assert.Equal(1, failure.Line);
        Assert.Contains("cudaMalloc failed: out of memory", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Buffer_size_in_bytes_alone_gives_device_and_mib()
    {
        var failure = Assert.Single(LlamaLogReader.Parse(["ggml_gallocr_reserve_n: failed to allocate CUDA0 buffer of size 5681217536"]).Failures);

        Assert.Equal(LogFailureKind.OutOfMemory, failure.Kind);
        Assert.Equal("CUDA0", failure.Device);
        Assert.Equal(5681217536 / 1048576.0, failure.Mib!.Value, 6);
    }

    [Fact]
    public void Our_build_missing_model_is_one_model_load_failure_naming_the_cause()
    {
        const string log = "ours-missing-model.log";

        var failure = Assert.Single(LogFiles.Parse(log).Failures);

        Assert.Equal(LogFailureKind.ModelLoad, failure.Kind);
        Assert.Equal(LogFiles.LineOf(log, "failed to open GGUF file"), failure.Line);
        Assert.Contains("No such file or directory", failure.Message, StringComparison.Ordinal);
        Assert.Null(failure.Device);
    }

    [Fact]
    public void Our_build_kv_cache_allocation_failure_is_one_host_out_of_memory()
    {
        const string log = "ours-kv-cache-oom.log";

        var report = LogFiles.Parse(log);

        var failure = Assert.Single(report.Failures);
        Assert.Equal(LogFailureKind.OutOfMemory, failure.Kind);
        Assert.Equal(LogFiles.LineOf(log, "insufficient memory"), failure.Line);
        Assert.Equal(131072.00, failure.Mib!.Value, 2);
        Assert.Equal("CPU", failure.Device);
        Assert.Empty(report.Requests);
    }

    [Fact]
    public void Failures_far_apart_are_reported_separately()
    {
        var lines = new List<string> { "llama_model_load: error loading model: tensor data is not within the file bounds" };
        lines.AddRange(Enumerable.Repeat("srv  update_slots: all slots are idle", 20));
        lines.Add("ggml_backend_cuda_buffer_type_alloc_buffer: allocating 1024.00 MiB on device 1: cudaMalloc failed: out of memory");

        var failures = LlamaLogReader.Parse(lines).Failures;

        Assert.Equal([LogFailureKind.ModelLoad, LogFailureKind.OutOfMemory], failures.Select(f => f.Kind));
        Assert.Equal("CUDA1", failures[1].Device);
    }

    [Fact]
    public void A_healthy_log_has_no_failures()
    {
        Assert.Empty(LogFiles.Parse("ours-lv4.log").Failures);
    }
}
