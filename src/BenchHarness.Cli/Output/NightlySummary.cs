using System.Globalization;
using System.Text;
using BenchHarness.Comparison;
using BenchHarness.Comparison.Rendering;
using BenchHarness.Results;

namespace BenchHarness.Cli.Output;

/// <summary>The Markdown a nightly run leaves in its run folder (<c>nightly.md</c>): what ran, against what, and the verdict.</summary>
internal static class NightlySummary
{
    public static string Render(
        RunResult run, string candidate, string baseline, IReadOnlyList<string> baselineRuns, ComparisonReport? report, IReadOnlyList<string> warnings, string? reportFile = null)
    {
        var text = new StringBuilder();
        var verdict = report is null ? "no baseline" : report.HasRegression ? "REGRESSION" : "no regression";
        text.AppendLine(CultureInfo.InvariantCulture, $"# Nightly {run.Scenario}: {verdict}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- run: `{run.RunId}` (label `{run.Label}`), started {run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC, status {run.Status.ToString().ToLowerInvariant()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- candidate: {candidate}");
        foreach (var variant in run.Variants)
        {
            var build = ServerBuildSources.Complete(variant.Build, variant.Startup, variant.Samples.Select(s => s.SystemFingerprint).FirstOrDefault(f => f is not null));
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {variant.Name}: {variant.Status.ToString().ToLowerInvariant()}, server {build?.Commit ?? build?.BuildInfo ?? "unknown build"}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"- baseline: `{baseline}` → {(baselineRuns.Count == 0 ? "no stored run" : string.Join(", ", baselineRuns.Select(r => $"`{r}`")))}");
        if (report is not null)
        {
            var slower = report.Cases.Count(c => c.Verdict == Verdict.Slower);
            text.AppendLine(CultureInfo.InvariantCulture, $"- cases compared: {report.Cases.Count}, slower: {slower}");
        }

        if (reportFile is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- report: `{reportFile}` in the run folder (plots, every sample, startup and launches)");
        }

        foreach (var warning in warnings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- warning: {warning}");
        }

        text.AppendLine();
        text.Append(report is null ? "Nothing to compare with: mark a run accepted (`bench runs --accept RUN`) or pass `--baseline`.\n" : ComparisonMarkdownRenderer.Render(report));
        return text.ToString();
    }
}
