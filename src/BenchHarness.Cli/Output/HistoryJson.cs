using BenchHarness.Comparison.History;

namespace BenchHarness.Cli.Output;

/// <summary>The <c>bench history --json</c> document (snake_case through <see cref="JsonDefaults.Options"/>).</summary>
internal static class HistoryJson
{
    public static object Of(IReadOnlyList<CaseHistory> histories) => new
    {
        Cases = histories.Select(h => new
        {
            h.Key.Scenario,
            h.Key.Variant,
            h.Key.Prompt,
            h.Key.Thinking,
            h.Key.Depth,
            h.Key.Concurrency,
            h.Key.Machine,
            Points = h.Points.Select(p => new
            {
                p.RunId,
                p.StartedAt,
                p.Commit,
                p.BuildInfo,
                p.TgMedian,
                p.Samples,
                ChangePoint = h.StepAt(p.RunId) is not null,
            }),
            ChangePoints = h.Steps.Select(s => new
            {
                s.RunId,
                s.Step.Ratio,
                RatioLow = s.Step.IsBounded ? s.Step.Low : (double?)null,
                RatioHigh = s.Step.IsBounded ? s.Step.High : (double?)null,
            }),
        }),
    };
}
