using BenchHarness.IntegrationTests.Storage;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Running;
using BenchHarness.Servers.Containers;

namespace BenchHarness.IntegrationTests;

/// <summary>A container run without a reachable engine stops before any server starts, saying which socket and how to start podman's service.</summary>
public sealed class EngineSocketMissingSpecs : IDisposable
{
    private readonly string _folder = TestAssets.TempFolder("bench-no-engine");

    private string MissingSocket => Path.Combine(_folder, "no-such.sock");

    [Fact]
    public async Task A_run_against_a_missing_socket_fails_with_the_socket_and_how_to_start_the_service()
    {
        var pipeline = new RunPipeline(new RunOptions { ResultsRoot = _folder, EngineSocket = $"unix://{MissingSocket}" });

        var error = await Assert.ThrowsAsync<EngineUnavailableException>(
            () => pipeline.RunAsync(ContainerPlans.Plan("no-engine", ContainerPlans.Launch()), CancellationToken.None));

        Assert.Contains(MissingSocket, error.Message);
        Assert.Contains("podman system service", error.Message);
    }

    [Fact]
    public async Task A_socket_file_nobody_listens_on_is_reported_as_not_answering()
    {
        File.WriteAllText(MissingSocket, ""); // exists, but is no socket

        var error = await Assert.ThrowsAsync<EngineUnavailableException>(
            () => EngineConnection.OpenAsync(EngineEndpoint.Parse(MissingSocket), CancellationToken.None));

        Assert.Contains("does not answer", error.Message);
        Assert.Contains(MissingSocket, error.Message);
    }

    [Fact]
    public async Task Bench_run_exits_2_with_the_message_and_no_stack_trace()
    {
        var scenario = Path.Combine(_folder, "podman.yaml");
        await File.WriteAllTextAsync(scenario, $"""
            name: no-engine
            server:
              engine: podman
              image: {TestAssets.Image}
              model: /models/m.gguf
              host: 0.0.0.0
              port: 8080
            prompts:
              - name: p
                messages: [{"{"}role: user, content: hi{"}"}]
            """);

        var result = await BenchCli.RunAsync("run", scenario, "--no-db", "--results", _folder, "--engine-socket", MissingSocket);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(MissingSocket, result.Error);
        Assert.Contains("podman system service", result.Error);
        Assert.DoesNotContain("HttpRequestException", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
