using System.Globalization;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests;

public sealed class CancellationSpecs : IDisposable
{
    private readonly string _results = TestAssets.TempFolder("bench-cancel");

    [Fact]
    public async Task Cancelling_a_run_after_its_first_sample_keeps_the_sample_and_leaves_no_process()
    {
        var variant = TestPlans.Variant("only");
        var plan = TestPlans.Plan("cancel", [variant], Enumerable.Range(0, 5).Select(i => TestPlans.Case("only", "p", false, i)));
        using var cancel = new CancellationTokenSource();
        var pipeline = new RunPipeline(new RunOptions { ResultsRoot = _results });
        pipeline.Changed += run =>
        {
            if (run.Variants.Any(v => v.Samples.Count > 0))
            {
                cancel.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.RunAsync(plan, cancel.Token));

        var runFile = Directory.GetFiles(_results, RunResultFile.FileName, SearchOption.AllDirectories).Single();
        var kept = await RunResultFile.ReadAsync(runFile, CancellationToken.None);
        Assert.Equal(RunStatus.Cancelled, kept.Status);
        Assert.Equal(VariantStatus.Cancelled, kept.Variants.Single().Status);
        Assert.InRange(kept.Variants.Single().Samples.Count, 1, 4);
        Assert.Empty(ProcessTable.WithArgument(variant.Launch.HostPort.ToString(CultureInfo.InvariantCulture)));
    }

    public void Dispose() => Directory.Delete(_results, recursive: true);
}
