using BenchHarness.Planning;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>Scenario plans whose one variant runs the test model in the llama-server image under podman.</summary>
internal static class ContainerPlans
{
    public static string ModelInContainer => "/models/" + Path.GetFileName(TestAssets.Model);

    public static ServerLaunch Launch(bool hostNetwork = true, params string[] extraArgs)
    {
        var hostPort = TestAssets.FreePort();
        var serverPort = hostNetwork ? hostPort : 8080;
        return new ServerLaunch
        {
            Engine = EngineKind.Podman,
            Image = TestAssets.Image,
            ServerArgs = [.. TestPlans.BaseArgs(ModelInContainer, serverPort)
                .Select(a => a == "127.0.0.1" && !hostNetwork ? "0.0.0.0" : a), .. extraArgs],
            Volumes = [new VolumeMount(Path.GetDirectoryName(TestAssets.Model)!, "/models", "ro")],
            Environment = new Dictionary<string, string> { ["LLAMA_ARG_ALIAS"] = "test" },
            HostNetwork = hostNetwork,
            HostPort = hostPort,
            ServerPort = serverPort,
            StartupTimeout = TimeSpan.FromSeconds(90),
        };
    }

    public static ScenarioPlan Plan(string name, ServerLaunch launch, int cases = 2, int maxTokens = 8) =>
        TestPlans.Plan(name, [new VariantPlan(name, null, launch)],
            Enumerable.Range(0, cases).Select(i => TestPlans.Case(name, "p", false, i, maxTokens: maxTokens)));
}
