using System.Globalization;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Planning;
using BenchHarness.Running;
using Xunit.Abstractions;

namespace BenchHarness.IntegrationTests;

/// <summary>
/// A container must measure what a process measures: the same binary and model (one server thread, loaded at
/// start) run through the real pipeline as a process and as a podman container with host networking, in
/// interleaved rounds (P C, C P, ...). Each round's ratio is the container's median server TG over the process's;
/// the median of the rounds must be within 3 %. Rounds: BENCH_MEASURE_ROUNDS (default 10).
/// </summary>
public sealed class ContainerOverheadSpecs(PodmanService podman, ITestOutputHelper output) : IClassFixture<PodmanService>, IDisposable
{
    private const int Requests = 8;
    private readonly string _folder = TestAssets.TempFolder("bench-container-overhead");

    [MeasurementFact]
    public async Task Container_tg_is_within_3_percent_of_process_tg_for_the_same_binary_and_model()
    {
        var rounds = int.Parse(Environment.GetEnvironmentVariable("BENCH_MEASURE_ROUNDS") ?? "10", CultureInfo.InvariantCulture);
        var model = await Comparison.AcceptanceScenario.SynthesizeModelAsync(_folder);
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var processFirst = round % 2 == 0;
            var first = await MedianTgAsync(processFirst ? ProcessLaunch(model) : ContainerLaunch(model));
            var second = await MedianTgAsync(processFirst ? ContainerLaunch(model) : ProcessLaunch(model));
            var (process, container) = processFirst ? (first, second) : (second, first);
            ratios.Add(container / process);
            output.WriteLine($"round {round}: median server TG process {process:0.0} t/s, container {container:0.0} t/s, ratio {container / process:0.000}");
        }

        var ratio = Percentiles.Median(ratios)!.Value;
        output.WriteLine($"median ratio container/process over {rounds} rounds: {ratio:0.000} (range {ratios.Min():0.000}-{ratios.Max():0.000})");
        Assert.InRange(ratio, 0.97, 1.03);
    }

    private async Task<double> MedianTgAsync(ServerLaunch launch)
    {
        var name = launch.Engine == EngineKind.Process ? "process" : "container";
        var cases = Enumerable.Range(0, Requests + 1)
            .Select(i => TestPlans.Case(name, "story", null, i, warmup: i == 0, maxTokens: 128, ignoreEos: true));
        var plan = TestPlans.Plan(name, [new VariantPlan(name, null, launch)], cases);
        var run = await new RunPipeline(new RunOptions { ResultsRoot = _folder, EngineSocket = podman.Socket }).RunAsync(plan, CancellationToken.None);
        var tg = run.Variants.Single().Samples.Where(s => !s.Warmup && s.Error is null).Select(s => s.ServerGenerationTokensPerSecond!.Value).ToList();
        Assert.Equal(Requests, tg.Count);
        return Percentiles.Median(tg)!.Value;
    }

    private static ServerLaunch ProcessLaunch(string model)
    {
        var port = TestAssets.FreePort();
        return TestPlans.TimingLaunch(port, model);
    }

    private static ServerLaunch ContainerLaunch(string model)
    {
        var launch = ContainerPlans.Launch();
        var inContainer = "/bench/" + Path.GetFileName(model);
        return launch with
        {
            ServerArgs = [.. TestPlans.BaseArgs(inContainer, launch.ServerPort, threads: 1), "--load-mode", "none"],
            Volumes = [new VolumeMount(Path.GetDirectoryName(model)!, "/bench", "ro")],
        };
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
