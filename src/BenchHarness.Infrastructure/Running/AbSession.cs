using System.Diagnostics;
using BenchHarness.Comparison;
using BenchHarness.Comparison.AB;
using BenchHarness.Planning;
using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>
/// An interleaved A/B session: each round runs the whole plan once on each build (A B, then B A, ...), every
/// run its own <c>results/</c> run with reason <c>ab</c> and label <c>LABEL-a</c> / <c>LABEL-b</c>; then A is
/// compared (as baseline) with B by the usual rule.
/// </summary>
/// <param name="afterRun">Called with each finished run, e.g. to store it in the database.</param>
public sealed class AbSession(RunOptions options, Func<RunResult, CancellationToken, Task> afterRun, Action<string>? onStatus = null)
{
    public async Task<AbOutcome> RunAsync(
        ScenarioPlan plan, string buildA, string buildB, int rounds, string label, ComparisonOptions comparison, CancellationToken cancellationToken)
    {
        var runs = new List<(AbSide Side, RunResult Run)>();
        var session = Stopwatch.StartNew();
        foreach (var side in AbSchedule.Sides(rounds))
        {
            var build = side == AbSide.A ? buildA : buildB;
            onStatus?.Invoke($"ab: run {runs.Count + 1} of {rounds * 2}: build {side} ({build})");
            var sideOptions = options with { Label = AbSchedule.Label(label, side), Reason = "ab" };
            var pipeline = new RunPipeline(sideOptions, onStatus);
            var finishedRuns = runs.Count;
            var printed = -1;
            pipeline.Changed += snapshot =>
            {
                // The session's progress: every run has the same cases, so the runs before this one count in full.
                var current = RunProgress.Of(snapshot, pipeline.Planned, session.Elapsed);
                var progress = current with { Done = (finishedRuns * current.Total) + current.Done, Total = rounds * 2 * current.Total };
                if (Interlocked.Exchange(ref printed, current.Done) != current.Done)
                {
                    onStatus?.Invoke($"progress: run {finishedRuns + 1}/{rounds * 2}, {progress.Describe()}");
                }
            };
            var run = await pipeline.RunAsync(BuildSubstitution.With(plan, build), cancellationToken);
            await afterRun(run, cancellationToken);
            runs.Add((side, run));
        }

        var a = runs.Where(r => r.Side == AbSide.A).Select(r => r.Run).ToList();
        var b = runs.Where(r => r.Side == AbSide.B).Select(r => r.Run).ToList();
        var report = CaseSetComparer.Compare(CaseSamples.StartsFromRuns(a), CaseSamples.StartsFromRuns(b), comparison) with
        {
            Builds = new ComparedBuilds(Commits(a), Commits(b)),
        };
        return new AbOutcome(a, b, report);
    }

    private static IReadOnlyList<string> Commits(IEnumerable<RunResult> runs) =>
        ComparedBuilds.Distinct(runs.SelectMany(r => r.Variants).Where(v => v.Samples.Count > 0).Select(v => v.Build?.Commit));
}

/// <summary>The runs of each build and the comparison of A (baseline) with B (candidate).</summary>
public sealed record AbOutcome(IReadOnlyList<RunResult> A, IReadOnlyList<RunResult> B, ComparisonReport Report)
{
    public bool AllCompleted => A.Concat(B).All(run => run.Status == RunStatus.Completed);
}
