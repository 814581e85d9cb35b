using System.Diagnostics;

namespace BenchHarness.StorageBenchmark;

/// <summary>Times the same step on the legacy and the current store, alternating which goes first.</summary>
internal sealed class Timings(string name, long samples)
{
    private readonly List<double> legacy = [];
    private readonly List<double> current = [];

    public async Task TimeAsync<TL, TC>(bool legacyFirst, Func<Task<TL>> legacyStep, Func<Task<TC>> currentStep)
    {
        await TimeAsync(legacyFirst, () => (Task)legacyStep(), () => currentStep());
    }

    public async Task TimeAsync(bool legacyFirst, Func<Task> legacyStep, Func<Task> currentStep)
    {
        if (legacyFirst)
        {
            legacy.Add(await SecondsAsync(legacyStep));
            current.Add(await SecondsAsync(currentStep));
        }
        else
        {
            current.Add(await SecondsAsync(currentStep));
            legacy.Add(await SecondsAsync(legacyStep));
        }
    }

    /// <summary>Totals (and each round's times when there are few): for inserts, where every round is real work.</summary>
    public void Report()
    {
        var rate = samples > 0 ? $" ({samples * legacy.Count / legacy.Sum():N0} vs {samples * current.Count / current.Sum():N0} samples/s)" : "";
        var each = legacy.Count <= 4
            ? $"; rounds legacy {string.Join(", ", legacy.Select(t => t.ToString("F2")))}, current {string.Join(", ", current.Select(t => t.ToString("F2")))}"
            : "";
        Console.WriteLine($"{name}: legacy {legacy.Sum() / legacy.Count:F3} s, current {current.Sum() / current.Count:F3} s per round, " +
                          $"current/legacy {current.Sum() / legacy.Sum():F3}{rate}{each}");
    }

    /// <summary>Medians after warm-ups: for queries.</summary>
    public void ReportMedian(int skipFirst)
    {
        var l = Median(legacy.Skip(skipFirst).ToList());
        var c = Median(current.Skip(skipFirst).ToList());
        Console.WriteLine($"{name}: legacy {l * 1000:F1} ms, current {c * 1000:F1} ms (medians of {legacy.Count - skipFirst}), current/legacy {c / l:F3}");
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<double> SecondsAsync(Func<Task> step)
    {
        var watch = Stopwatch.StartNew();
        await step();
        return watch.Elapsed.TotalSeconds;
    }
}
