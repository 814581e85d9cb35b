using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>Prefix-cache misses as ik_llama.cpp prints them (seed 001).</summary>
public sealed class CacheMismatchSpecs
{
    [Fact]
    public void Mismatch_keeps_the_cache_and_prompt_lines_that_follow_it()
    {
        var mismatch = Assert.Single(LogFiles.Parse("seed001-cache-mismatch.log").CacheMismatches);

        Assert.Equal(1, mismatch.Line);
        Assert.Equal(
            "Common part does not match fully\ncache : ...<|assistant|><think></think>...\nprompt: ...<|assistant|></think>...",
            mismatch.Message);
    }

    [Fact]
    public void Divergence_lines_are_not_requests()
    {
        Assert.Empty(LogFiles.Parse("seed001-cache-mismatch.log").Requests);
    }

    [Fact]
    public void Each_mismatch_is_counted_with_its_own_line()
    {
        var lines = File.ReadLines(LogFiles.PathOf("seed001-cache-mismatch.log")).ToList();
        var twice = lines.Concat(["srv  update_slots: all slots are idle"]).Concat(lines);

        var mismatches = LlamaLogReader.Parse(twice).CacheMismatches;

        Assert.Equal([1, 5], mismatches.Select(m => m.Line));
    }

    [Fact]
    public void A_prompt_line_long_after_a_mismatch_is_not_attached_to_it()
    {
        var mismatch = Assert.Single(LlamaLogReader.Parse(
        [
            "Common part does not match fully",
            "srv  update_slots: all slots are idle",
            "srv  update_slots: all slots are idle",
            "srv  update_slots: all slots are idle",
            "prompt: unrelated",
        ]).CacheMismatches);

        Assert.Equal("Common part does not match fully", mismatch.Message);
    }
}
