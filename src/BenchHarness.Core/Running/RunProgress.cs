using System.Globalization;
using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>A variant's share of the work a run started with: its requests (warm-ups included) and those it had already.</summary>
/// <param name="Before">Requests the run held for this variant before this execution began (a resumed run's earlier ones).</param>
public sealed record PlannedVariant(string Name, int Cases, int Before = 0);

/// <summary>
/// Where a run stands: variant i of n, case j of m, finished cases of all, time spent and the time left estimated
/// from the pace so far (time per finished case, server starts included, times the cases left).
/// </summary>
public sealed record RunProgress(int Variant, int Variants, string VariantName, int Case, int Cases, int Done, int Total, TimeSpan Elapsed)
{
    /// <summary>Null until a case has finished: there is no pace to go by.</summary>
    public TimeSpan? Remaining => Done <= 0 ? null : Elapsed / Done * Math.Max(0, Total - Done);

    public static RunProgress Of(RunResult run, IReadOnlyList<PlannedVariant> planned, TimeSpan elapsed)
    {
        var done = planned.Select(p => Finished(run, p)).ToArray();
        var current = planned
            .Select((p, index) => (Plan: p, Index: index, Result: run.Variants.FirstOrDefault(v => v.Name == p.Name)))
            .LastOrDefault(v => v.Result is not null);
        var index = current.Result is null ? 0 : current.Index;
        var plan = planned.Count == 0 ? new PlannedVariant("", 0) : planned[index];
        return new RunProgress(
            planned.Count == 0 ? 0 : index + 1, planned.Count, plan.Name,
            Math.Min(plan.Cases, done.Length == 0 ? 0 : done[index] + (current.Result?.Status == VariantStatus.Running ? 1 : 0)), plan.Cases,
            done.Sum(), planned.Sum(p => p.Cases), elapsed);
    }

    /// <summary>Cases of the variant finished in this execution; all of them once the variant has ended (a failed start skips the rest).</summary>
    private static int Finished(RunResult run, PlannedVariant plan)
    {
        var result = run.Variants.FirstOrDefault(v => v.Name == plan.Name);
        if (result is null)
        {
            return 0;
        }

        if (result.Status != VariantStatus.Running)
        {
            return plan.Cases;
        }

        // Requests sent together are one case: count the first lane only.
        var requests = result.Samples.Count(s => s.Lane is null or 1);
        return Math.Clamp(requests - plan.Before, 0, plan.Cases);
    }

    public string Describe()
    {
        var left = Remaining is { } remaining ? $", about {Clock(remaining)} left" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"variant {Variant}/{Variants} {VariantName}, case {Case}/{Cases}; {Done}/{Total} cases done, {Clock(Elapsed)} elapsed{left}");
    }

    /// <summary>1:05:09 or 5:09.</summary>
    public static string Clock(TimeSpan time) => time.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{time.Minutes}:{time.Seconds:00}");
}
