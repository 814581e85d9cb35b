using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>Seed 000's Raw Benchmark Appendix (ik_llama.cpp, bare timing lines): every request, to the printed precision.</summary>
public sealed class SeedRequestTimingSpecs
{
    public static TheoryData<string, double[][]> AppendixRequests() => new()
    {
        // prompt_tokens, prompt_ms, pp t/s, generated_tokens, generation_ms, tg t/s, total_ms
        {
            "seed000-appendix-a.log",
            [
                [30, 1323.95, 22.66, 61, 3238.59, 18.84, 4562.54],
                [1, 55.51, 18.02, 355, 19024.07, 18.66, 19079.58],
                [43, 1831.66, 23.48, 2048, 111609.04, 18.35, 113440.71],
                [43, 2459.53, 17.48, 4096, 226282.06, 18.10, 228741.58],
            ]
        },
        {
            "seed000-appendix-b.log",
            [
                [30, 1297.67, 23.12, 63, 3340.94, 18.86, 4638.61],
                [43, 1823.10, 23.59, 2048, 110967.85, 18.46, 112790.94],
                [43, 1696.37, 25.35, 4096, 222410.35, 18.42, 224106.72],
            ]
        },
        {
            "seed000-appendix-c.log",
            [
                [30, 1173.39, 25.57, 62, 3109.75, 19.94, 4283.14],
                [43, 1690.07, 25.44, 2048, 103526.50, 19.78, 105216.57],
                [43, 1664.97, 25.83, 4096, 207284.39, 19.76, 208949.37],
            ]
        },
        {
            "seed000-appendix-d.log",
            [
                [30, 1111.85, 26.98, 64, 2942.51, 21.75, 4054.36],
                [43, 2016.80, 21.32, 2048, 94650.69, 21.64, 96667.49],
                [43, 1431.92, 30.03, 4096, 190089.65, 21.55, 191521.57],
            ]
        },
    };

    [Theory]
    [MemberData(nameof(AppendixRequests))]
    public void Parser_returns_every_appendix_request_with_the_printed_numbers(string log, double[][] expected)
    {
        var requests = LogFiles.Parse(log).Requests;

        Assert.Equal(expected.Length, requests.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var e = expected[i];
            var r = requests[i];
            Assert.Equal((int)e[0], r.PromptTokens);
            Assert.Equal(e[1], r.PromptMs!.Value, 2);
            Assert.Equal(e[2], r.PromptTokensPerSecond!.Value, 2);
            Assert.Equal((int)e[3], r.GeneratedTokens);
            Assert.Equal(e[4], r.GenerationMs!.Value, 2);
            Assert.Equal(e[5], r.GenerationTokensPerSecond!.Value, 2);
            Assert.NotNull(r.TotalMs);
            Assert.Equal(e[6], r.TotalMs.Value, 2);
        }
    }

    [Fact]
    public void Request_line_points_at_its_prompt_eval_line()
    {
        const string log = "seed000-appendix-a.log";

        var requests = LogFiles.Parse(log).Requests;

        Assert.Equal(LogFiles.LineOf(log, "prompt eval time", 1), requests[0].Line);
        Assert.Equal(LogFiles.LineOf(log, "prompt eval time", 4), requests[3].Line);
    }

    [Fact]
    public void Bare_timing_lines_carry_no_slot_or_task()
    {
        var requests = LogFiles.Parse("seed000-appendix-a.log").Requests;

        Assert.All(requests, r => Assert.Null(r.Slot));
        Assert.All(requests, r => Assert.Null(r.Task));
    }

    [Fact]
    public void Request_without_total_line_has_no_total_but_keeps_its_timings()
    {
        var requests = LogFiles.Parse("seed000-config5-extract.log").Requests;

        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Null(r.TotalMs));
        Assert.Equal(94650.69, requests[1].GenerationMs!.Value, 2);
        Assert.Equal(2048, requests[1].GeneratedTokens);
        Assert.Equal(30.03, requests[2].PromptTokensPerSecond!.Value, 2);
    }

    [Fact]
    public void Request_count_grows_as_each_eval_line_is_read()
    {
        var reader = new LlamaLogReader();
        var counts = new List<int>();
        foreach (var line in File.ReadLines(LogFiles.PathOf("seed000-appendix-b.log")))
        {
            reader.Add(line);
            if (line.TrimStart().StartsWith("eval time", StringComparison.Ordinal))
            {
                counts.Add(reader.RequestCount);
            }
        }

        Assert.Equal([1, 2, 3], counts);
    }
}
