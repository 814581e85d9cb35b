using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// Startup buffer lines as users paste them: ANSI colour codes (with the escape byte, written out, or lost),
/// journald prefixes in their short, precise and ISO forms, and ik_llama.cpp's <c>CUDA_Split</c> buffers.
/// </summary>
public sealed class WrappedBufferLineSpecs
{
    public static TheoryData<string, string> WrappedKvLines() => new()
    {
        { "ansi escape", "\u001b[0;32mllama_kv_cache_init:\u001b[0m      CUDA0 KV buffer size =   512.00 MiB" },
        { "escape lost in a paste", "[0;32mllama_kv_cache_init:[0m      CUDA0 KV buffer size =   512.00 MiB[0m" },
        { "escape written out", "^[[32mllama_kv_cache_init:      CUDA0 KV buffer size =   512.00 MiB^[[0m" },
        { "journald short", "Mar 14 09:12:02 gpu-box llama-server[20931]: llama_kv_cache_init:      CUDA0 KV buffer size =   512.00 MiB" },
        { "journald short-precise", "Mar 14 09:12:02.418230 gpu-box llama-server[20931]: llama_kv_cache_init:      CUDA0 KV buffer size =   512.00 MiB" },
        { "journald short-iso", "2026-03-14T09:12:02+0100 gpu-box llama-server[20931]: llama_kv_cache_init:      CUDA0 KV buffer size =   512.00 MiB" },
        { "journald coloured", "Mar 14 09:12:02 gpu-box llama-server[20931]: \u001b[0;32mllama_kv_cache_init:      CUDA0 KV buffer size =   512.00 MiB\u001b[0m" },
    };

    [Theory]
    [MemberData(nameof(WrappedKvLines))]
    public void A_wrapped_kv_buffer_line_gives_its_device_kind_and_size(string wrapping, string line)
    {
        var buffer = Assert.Single(LlamaLogReader.Parse([line]).Startup.Buffers);

        Assert.True(buffer == new BufferAllocation("CUDA0", BufferKind.Kv, 512.00), wrapping);
    }

    [Fact]
    public void Ik_llama_split_buffers_are_kept_once_and_the_per_device_breakdown_is_not_counted_again()
    {
        var buffers = LlamaLogReader.Parse(
        [
            "llm_load_tensors:        CPU buffer size =   497.11 MiB",
            "llm_load_tensors: CUDA_Split buffer size = 40250.31 MiB",
            "llama_kv_cache_init: CUDA_Split KV buffer size =  4352.06 MiB",
            "llama_kv_cache_init: KV cache size per device:",
            "    Device 0:  2176.03 MiB",
            "    Device 1:  2176.03 MiB",
        ]).Startup.Buffers;

        Assert.Equal(
        [
            new BufferAllocation("CPU", BufferKind.Model, 497.11),
            new BufferAllocation("CUDA_Split", BufferKind.Model, 40250.31),
            new BufferAllocation("CUDA_Split", BufferKind.Kv, 4352.06),
        ], buffers);
    }
}
