using BenchHarness.Comparison;
using BenchHarness.Comparison.Rendering;

namespace BenchHarness.Reports.Sections;

/// <summary>
/// The baseline comparison, computed by the comparer and written with <c>bench compare</c>'s own cells:
/// slower cases first, then the rest by ratio; a plot of each metric's ratios with their bounds.
/// </summary>
internal static class ComparisonSection
{
    public static ReportSection? Of(ReportInput input)
    {
        if (input.Comparison is not { } report)
        {
            return null;
        }

        var cases = SlowerFirst(report.Cases);
        var table = new ReportTable("comparison", "Candidate over baseline, slower cases first", ComparisonCells.CaseHeader, cases.Select(c => (IReadOnlyList<string>)ComparisonCells.Case(c)).ToList());
        var summary = new ReportTable("comparison-scenarios", "Geometric mean of the case ratios per scenario", ComparisonCells.ScenarioHeader, report.Scenarios.Select(s => (IReadOnlyList<string>)ComparisonCells.Scenario(s)).ToList());
        var plots = cases.GroupBy(c => c.Metric).Select(g => Plot(g.Key, g.ToList())).ToList();
        return new ReportSection("comparison", $"Comparison with the baseline: {Headline(report)}", [new ReportBlock(table, plots), ReportBlock.TableOnly(summary)])
        {
            Notes = Notes(input, report),
        };
    }

    /// <summary>Slower, then inconclusive, insufficient data, same and faster; within each, the lowest ratio first.</summary>
    public static IReadOnlyList<CaseComparison> SlowerFirst(IEnumerable<CaseComparison> cases) =>
        cases.OrderBy(c => c.Verdict switch
            {
                Verdict.Slower => 0,
                Verdict.Inconclusive => 1,
                Verdict.InsufficientData => 2,
                Verdict.Same => 3,
                _ => 4,
            })
            .ThenBy(c => c.Estimate?.Ratio ?? double.MaxValue)
            .ToList();

    private static string Headline(ComparisonReport report) => report.HasRegression ? "regression found" : report.HasMissingCases ? "baseline cases missing" : "no regression";

    private static PlotSpec Plot(Metric metric, IReadOnlyList<CaseComparison> cases)
    {
        var name = ComparisonCells.MetricName(metric);
        var threshold = cases.Count > 0 ? cases[0].Threshold : ComparisonOptions.Default.Threshold;
        return new PlotSpec($"ratio-{name}", $"{name.ToUpperInvariant()} ratio candidate / baseline, with bounds", "", "ratio",
        [
            new PlotSeries(name, PlotStyle.Ranges, cases.Select((c, i) => new PlotPoint(i, c.Estimate?.Ratio ?? 1,
                c.Estimate is { IsBounded: true } e ? e.Low : null, c.Estimate is { IsBounded: true } h ? h.High : null)).ToList()),
        ])
        {
            Categories = cases.Select(c => $"{c.Case.Variant} {c.Case.Prompt}/{c.Case.ThinkingLabel}{Planning.BenchCase.DimensionSuffix(c.Case.Depth, c.Case.Concurrency)}").ToList(),
            HorizontalLines = [1, 1 - threshold, 1 + threshold],
        };
    }

    private static List<string> Notes(ReportInput input, ComparisonReport report)
    {
        var notes = new List<string>();
        if (input.BaselineRuns.Count > 0)
        {
            notes.Add($"baseline runs: {string.Join(", ", input.BaselineRuns)}");
        }

        notes.Add($"candidate runs: {string.Join(", ", input.Runs.Select(r => r.RunId))}");
        if (report.Builds.IsKnown)
        {
            notes.Add($"builds: {report.Builds.Describe()}");
        }

        notes.AddRange(input.ComparisonWarnings.Select(w => "warning: " + w));
        notes.AddRange(report.OnlyInBaseline.Select(k => $"only in the baseline (not compared): {k}"));
        notes.AddRange(report.OnlyInCandidate.Select(k => $"only in the candidate (not compared): {k}"));
        return notes;
    }
}
