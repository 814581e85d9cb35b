using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// Failures beyond a plain allocation or load error: a GPU backend that does not start (the server falls back to
/// the CPU: reported, not fatal), an allocation that fails while the model loads (out of memory and a model load at
/// once), and ik_llama.cpp refusing split mode <c>graph</c>.
/// </summary>
public sealed class BackendFailureSpecs
{
    [Fact]
    public void Cuda_init_failing_with_a_cpu_fallback_is_a_backend_failure_that_is_not_fatal()
    {
        var failure = Assert.Single(LlamaLogReader.Parse(
        [
            "ggml_cuda_init: failed to initialize CUDA: no CUDA-capable device is detected",
            "warning: no usable GPU found, --gpu-layers option will be ignored",
            "warning: one possible reason is that llama.cpp was compiled without GPU support",
            "build: 3641 (1d1ccce6) with cc (Debian 12.2.0-14) 12.2.0 for x86_64-linux-gnu",
        ]).Failures);

        Assert.Equal((LogFailureKind.BackendInit, 1, false), (failure.Kind, failure.Line, failure.Fatal));
        Assert.Null(failure.Device);
    }

    [Fact]
    public void A_numbered_backend_that_fails_to_start_names_its_device()
    {
        var failure = Assert.Single(LlamaLogReader.Parse(
        [
            "llama_new_context_with_model: failed to initialize CUDA1 backend",
        ]).Failures);

        Assert.Equal((LogFailureKind.BackendInit, "CUDA1"), (failure.Kind, failure.Device));
    }

    [Fact]
    public void An_allocation_failing_while_the_model_loads_is_out_of_memory_and_model_load()
    {
        var report = LlamaLogReader.Parse(
        [
            "llm_load_tensors: ggml ctx size =    0.47 MiB",
            "ggml_backend_cuda_buffer_type_alloc_buffer: allocating 46240.00 MiB on device 1: cudaMalloc failed: out of memory",
            "llama_model_load: error loading model: unable to allocate CUDA1 buffer",
            "llama_load_model_from_file: failed to load model",
            "llama_init_from_gpt_params: error: failed to load model '/models/DeepSeek-R1-IQ2_K_R4.gguf'",
            " ERR [              load_model] unable to load model | tid=\"140506127343616\" timestamp=1773476001 model=\"/models/DeepSeek-R1-IQ2_K_R4.gguf\"",
        ]);

        var failure = Assert.Single(report.Failures);
        Assert.Equal(LogFailureKind.OutOfMemory, failure.Kind);
        Assert.Equal([LogFailureKind.OutOfMemory, LogFailureKind.ModelLoad], failure.Kinds);
        Assert.Equal((2, "CUDA1", 46240.00, true), (failure.Line, failure.Device, failure.Mib, failure.Fatal));
    }

    [Fact]
    public void The_loader_line_alone_names_both_kinds_and_the_device()
    {
        var failure = Assert.Single(LlamaLogReader.Parse(["llama_model_load: error loading model: unable to allocate CUDA_Host buffer"]).Failures);

        Assert.Equal([LogFailureKind.OutOfMemory, LogFailureKind.ModelLoad], failure.Kinds);
        Assert.Equal("CUDA_Host", failure.Device);
    }

    [Fact]
    public void A_compute_buffer_that_fails_after_the_model_loaded_is_out_of_memory_only()
    {
        var failure = Assert.Single(LlamaLogReader.Parse(
        [
            "ggml_backend_cuda_buffer_type_alloc_buffer: allocating 5418.03 MiB on device 0: cudaMalloc failed: out of memory",
            "llama_new_context_with_model: failed to allocate compute buffers",
            "llama_init_from_gpt_params: error: failed to create context with model '/models/GLM-5.1-IQ3_KS-00001-of-00008.gguf'",
            " ERR [              load_model] unable to load model | tid=\"140506127343616\" timestamp=1773476001",
        ]).Failures);

        Assert.Equal([LogFailureKind.OutOfMemory], failure.Kinds);
    }

    [Fact]
    public void Ik_llama_refusing_split_mode_graph_is_a_split_mode_failure_of_the_load()
    {
        var failure = Assert.Single(LlamaLogReader.Parse(
        [
            "llama_model_load: error loading model: It is not possible to use split mode 'graph' with less than 2 devices",
            "llama_model_load_from_file: failed to load model",
            "main: exiting due to model loading error",
        ]).Failures);

        Assert.Equal(LogFailureKind.SplitMode, failure.Kind);
        Assert.Equal([LogFailureKind.SplitMode, LogFailureKind.ModelLoad], failure.Kinds);
        Assert.True(failure.Fatal);
    }

    [Fact]
    public void The_split_mode_fallback_warning_is_a_startup_fact_not_a_failure()
    {
        var report = LlamaLogReader.Parse(
        [
            "=======================================================",
            "Split mode 'graph' is not supported for this model",
            "  => changing split mode to 'layer'",
            "=======================================================",
        ]);

        Assert.Empty(report.Failures);
        Assert.Equal(new SplitModeFallback("graph", "layer"), report.Startup.SplitModeFallback);
    }

    [Fact]
    public void A_fatal_error_right_after_a_cpu_fallback_is_a_failure_of_its_own()
    {
        var failures = LlamaLogReader.Parse(
        [
            "ggml_cuda_init: failed to initialize CUDA: CUDA driver version is insufficient for CUDA runtime version",
            "ggml_backend_cpu_buffer_type_alloc_buffer: failed to allocate buffer of size 137438953472",
        ]).Failures;

        Assert.Equal([(LogFailureKind.BackendInit, false), (LogFailureKind.OutOfMemory, true)], failures.Select(f => (f.Kind, f.Fatal)));
    }
}
