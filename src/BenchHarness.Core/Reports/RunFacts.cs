using System.Globalization;
using BenchHarness.Results;

namespace BenchHarness.Reports;

/// <summary>The lines above a report's sections: which runs, when, why, on which host and with which harness.</summary>
internal static class RunFacts
{
    public static IReadOnlyList<string> Of(IReadOnlyList<RunResult> runs)
    {
        var facts = new List<string>();
        foreach (var run in runs.Take(MaxListed))
        {
            var label = run.Label is null ? "" : $", label {run.Label}";
            facts.Add($"run {run.RunId}: scenario {run.Scenario}{label}, reason {run.Reason}, started {ReportCell.Time(run.StartedAt)} UTC, " +
                      $"status {run.Status.ToString().ToLowerInvariant()}, harness {run.HarnessVersion}");
        }

        if (runs.Count > MaxListed)
        {
            facts.Add(string.Create(CultureInfo.InvariantCulture, $"... and {runs.Count - MaxListed} more run(s)"));
        }

        foreach (var host in runs.Select(r => r.Host).DistinctBy(h => h.Fingerprint))
        {
            var gpus = host.Gpus.Count == 0 ? "no GPU" : string.Join(", ", host.Gpus);
            facts.Add(string.Create(CultureInfo.InvariantCulture,
                $"host {host.Hostname}: {host.CpuModel}, {host.Cores} cores, {host.MemoryMib} MiB RAM, {gpus}{(host.Os is null ? "" : ", " + host.Os)}"));
        }

        facts.AddRange(runs.SelectMany(r => r.BackgroundLoad?.BusyReasons ?? []).Distinct().Select(reason => $"busy machine: {reason}"));
        return facts;
    }

    private const int MaxListed = 12;
}
