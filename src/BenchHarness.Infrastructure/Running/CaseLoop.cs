using BenchHarness.Monitoring;
using BenchHarness.Planning;
using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>
/// Sends a variant's cases to its started server in order, warm-ups first, recording each case's samples as they
/// come. The server's resources, and its <c>/metrics</c> counters when it has them, are sampled only in the gaps
/// between timed requests.
/// </summary>
internal static class CaseLoop
{
    public static async Task RunAsync(
        string variant, StartedServer started, IReadOnlyList<BenchCase> cases, VariantContext context, Action<string>? onStatus,
        CancellationToken cancellationToken)
    {
        using var gate = new ProbeGate();
        await using var monitor = new ResourceMonitor(started.Server, started.SinceLaunch, sample => context.Recorder.AddResourceSample(variant, sample), gate);
        var runner = new CaseRunner(started.Server, started.Http, context.Options.LogTimingPatience);
        var ordered = cases.OrderBy(c => c.Warmup ? 0 : 1).ToArray();
        var metrics = ServerMetricsSampler.For(started);
        if (metrics is not null)
        {
            var before = await metrics.TakeAsync(null, cancellationToken);
            await context.Recorder.UpdateVariantAsync(variant, v => v with { ServerMetrics = before });
        }

        for (var i = 0; i < ordered.Length; i++)
        {
            onStatus?.Invoke($"{variant}: case {i + 1}/{ordered.Length} {ordered[i].Prompt} {ordered[i].ThinkingLabel}" +
                $"{BenchCase.DimensionSuffix(ordered[i].Depth, ordered[i].Concurrency)}{(ordered[i].Warmup ? " (warm-up)" : "")}");
            IReadOnlyList<Sample> samples;
            using (await gate.TimedAsync(cancellationToken))
            {
                samples = await runner.RunAsync(ordered[i], cancellationToken);
            }

            var counters = metrics is null ? null : await metrics.TakeAsync(ordered[i], cancellationToken);
            await context.Recorder.UpdateVariantAsync(variant, v => v with { Samples = [.. v.Samples, .. samples], ServerMetrics = counters ?? v.ServerMetrics });
        }
    }
}
