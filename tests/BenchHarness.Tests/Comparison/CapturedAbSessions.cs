using System.Text.Json;
using BenchHarness.Comparison;
using BenchHarness.Results;

namespace BenchHarness.Tests.Comparison;

/// <summary>
/// Real A/A <c>bench ab</c> sessions (TestData/power/ab-aa-captured.json): each start's measured TG samples, and
/// the pairs of neighbouring starts the schedule made (A B, B A, ...), which the resampling specs draw from.
/// </summary>
internal static class CapturedAbSessions
{
    public static readonly IReadOnlyList<(double[] A, double[] B)> Pairs = Load();

    private static List<(double[] A, double[] B)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "power", "ab-aa-captured.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var pairs = new List<(double[], double[])>();
        foreach (var session in json.RootElement.GetProperty("sessions").EnumerateArray())
        {
            var starts = session.GetProperty("starts").EnumerateArray()
                .Select(s => (Side: s.GetProperty("side").GetString(), Tg: s.GetProperty("tg").EnumerateArray().Select(v => v.GetDouble()).ToArray()))
                .ToList();
            for (var k = 0; k + 1 < starts.Count; k += 2)
            {
                var (first, second) = (starts[k], starts[k + 1]);
                pairs.Add(first.Side == "a" ? (first.Tg, second.Tg) : (second.Tg, first.Tg));
            }
        }

        return pairs;
    }

    /// <summary>Start samples of one side, one start per pair, timed in the A B, B A, ... order of the session.</summary>
    public static List<StartSamples> Side(IEnumerable<double[]> starts, bool baseline) =>
        starts.Select((values, pair) => new StartSamples(
                DateTimeOffset.UnixEpoch.AddMinutes((2 * pair) + ((pair % 2 == 0) == baseline ? 0 : 1)),
                values.Select((tg, repeat) => new Sample { Prompt = "fixed", Repeat = repeat, GenerationTokensPerSecond = tg, PromptTokensPerSecond = 1 }).ToList()))
            .ToList();
}
