using BenchHarness.Comparison;
using BenchHarness.Reports;
using BenchHarness.Results;

namespace BenchHarness.Cli.Reports;

/// <summary>
/// The report a measuring command leaves in a run folder (<c>report.html</c>): <c>bench run</c>'s run, <c>bench ab</c>'s
/// session with its comparison, <c>bench nightly</c>'s run against its baseline. A failure to write it is a warning.
/// </summary>
internal static class MeasurementReport
{
    public static async Task<string?> WriteAsync(
        IReadOnlyList<RunResult> runs, string folder, CancellationToken cancellationToken,
        IReadOnlyList<string>? baselineRuns = null, ComparisonReport? comparison = null, IReadOnlyList<string>? warnings = null)
    {
        if (runs.Count == 0)
        {
            return null;
        }

        var title = comparison is null ? $"BenchHarness run {runs[^1].RunId} ({runs[0].Scenario})" : $"BenchHarness {runs[0].Reason} {runs[0].Scenario}: {runs[^1].Label ?? runs[^1].RunId}";
        var input = new ReportInput
        {
            Title = title,
            Runs = runs,
            BaselineRuns = baselineRuns ?? [],
            Comparison = comparison,
            ComparisonWarnings = warnings ?? [],
        };
        var path = await ReportFiles.TryWriteAsync(input, folder, line => Console.Error.WriteLine($"warning: {line}"), cancellationToken);
        if (path is not null)
        {
            Console.Error.WriteLine($"report: {path}");
        }

        return path;
    }
}
