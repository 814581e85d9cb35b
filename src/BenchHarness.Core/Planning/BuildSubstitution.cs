namespace BenchHarness.Planning;

/// <summary>
/// Puts another server build in every variant of a plan: a llama-server binary for the process engine, an
/// image for container engines. Everything else (arguments, placement, cases) stays as planned.
/// </summary>
public static class BuildSubstitution
{
    public static ScenarioPlan With(ScenarioPlan plan, string build) => plan with
    {
        Variants = plan.Variants.Select(variant => variant with { Launch = With(variant.Launch, build) }).ToList(),
    };

    private static ServerLaunch With(ServerLaunch launch, string build) =>
        launch.Engine == EngineKind.Process ? launch with { Binary = build } : launch with { Image = build };
}
