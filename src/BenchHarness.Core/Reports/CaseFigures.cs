using BenchHarness.Results;
using BenchHarness.Running;
using BenchHarness.Statistics;

namespace BenchHarness.Reports;

/// <summary>
/// One variant × case of the selected runs: the medians of <see cref="RunSummary"/> (the figures <c>bench run</c>
/// prints) and the measured samples they come from, for the spread and the plots.
/// </summary>
public sealed record CaseFigures(SummaryRow Summary, IReadOnlyList<Sample> Samples)
{
    public string Variant => Summary.Variant;

    /// <summary>prompt/thinking-x/depth-n/concurrency-n, as cases are named elsewhere.</summary>
    public string Case => $"{Summary.Prompt}/thinking-{ReportCell.Thinking(Summary.Thinking)}{Planning.BenchCase.DimensionSuffix(Summary.Depth, Summary.Concurrency)}";

    public string Label => $"{Variant} {Case}";

    public IReadOnlyList<double> Tg => Samples.Select(s => s.GenerationTokensPerSecond).ToList();

    public IReadOnlyList<double> Pp => Samples.Select(s => s.PromptTokensPerSecond).ToList();

    /// <summary>Coefficient of variation of TG over the samples; null with fewer than two.</summary>
    public double? TgVariation => Samples.Count > 1 ? Descriptive.CoefficientOfVariation(Tg) : null;

    public double? PpVariation => Samples.Count > 1 ? Descriptive.CoefficientOfVariation(Pp) : null;

    /// <summary>Every variant × case of the runs, their samples pooled by variant name (warm-ups and failures left out).</summary>
    public static IReadOnlyList<CaseFigures> Of(IReadOnlyList<RunResult> runs)
    {
        if (runs.Count == 0)
        {
            return [];
        }

        var pooled = Pooled(runs);
        return RunSummary.Rows(pooled)
            .Select(row => new CaseFigures(row, pooled.Variants
                .Where(v => v.Name == row.Variant)
                .SelectMany(v => v.Samples)
                .Where(s => !s.Warmup && s.Error is null && CaseCoordinates.Of(s) == new CaseCoordinates(row.Prompt, row.Thinking, row.Depth, row.Concurrency))
                .ToList()))
            .ToList();
    }

    /// <summary>One run whose variants hold every sample the runs took under their name.</summary>
    public static RunResult Pooled(IReadOnlyList<RunResult> runs) => runs[0] with
    {
        Variants = runs.SelectMany(r => r.Variants)
            .GroupBy(v => v.Name)
            .Select(g => g.First() with { Samples = g.SelectMany(v => v.Samples).ToList() })
            .ToList(),
    };
}
