using BenchHarness.Servers.Containers;

namespace BenchHarness.IntegrationTests;

/// <summary>The pre-run engine ping against the podman API service the set-up starts on its standard socket.</summary>
public sealed class EngineProbeSpecs
{
    [Fact]
    public async Task The_running_podman_service_answers_the_ping()
    {
        var endpoint = EngineEndpoint.Parse("unix:///run/podman/podman.sock");

        Assert.Null(await EngineProbe.ProblemAsync(endpoint, EngineProbe.DefaultTimeout, CancellationToken.None));
    }
}
