namespace BenchHarness.Builds;

/// <summary>
/// Where builds live: <c>$BENCH_CACHE</c> (default <c>~/.cache/benchharness</c>). An npm version built with the
/// default recipe lives where <c>scripts/build-llama-server.sh</c> puts it (<c>llama.cpp/VERSION-rpc</c>), so the
/// set-up's build and <c>bench build</c> are one build; every other build in <c>builds/NAME-COMMIT-BACKEND-OPTIONS</c>.
/// </summary>
public sealed record BuildCache(string Root)
{
    public const string Variable = "BENCH_CACHE";

    public static BuildCache Default()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        return new BuildCache(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "benchharness")
            : Path.GetFullPath(configured));
    }

    public string NpmFolder => Path.Combine(Root, "npm");

    public string NpmHome(string version) => Path.Combine(Root, "llama.cpp", version + "-rpc");

    public string GitHome(string name, string commit, BuildRecipe recipe) =>
        Path.Combine(Root, "builds", $"{name}-{commit[..12]}-{recipe.Backend.ToString().ToLowerInvariant()}-{recipe.OptionsKey}");

    /// <summary>True when every target of a build in <paramref name="home"/> is there.</summary>
    public static bool IsComplete(string home) =>
        BuildRecipe.Targets.All(target => File.Exists(Path.Combine(home, "build", "bin", target)));
}
