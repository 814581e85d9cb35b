using BenchHarness.Builds;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// The server a nightly run measures: a build source (built or found in the cache by <c>bench build</c>), a
/// llama-server binary, or an image tag; none keeps the scenario's own server.
/// </summary>
internal static class NightlyCandidate
{
    public static async Task<(ScenarioPlan Plan, string Description)> ApplyAsync(
        ScenarioPlan plan, string? candidate, BuildRecipe recipe, CancellationToken cancellationToken)
    {
        if (candidate is null)
        {
            return (plan, "the scenario's own server");
        }

        if (candidate.StartsWith("git:", StringComparison.Ordinal) || candidate.StartsWith("npm:", StringComparison.Ordinal))
        {
            BuildSource source;
            try
            {
                source = BuildSource.Parse(candidate);
            }
            catch (ArgumentException e)
            {
                throw new InputException("--candidate", e.Message);
            }

            // Container variants need an image of the build, process variants its binary.
            var needsImage = plan.Variants.Any(v => v.Launch.Engine != EngineKind.Process);
            var (build, image) = await BuildCommand.BuildOrFindAsync(source, recipe, needsImage, cancellationToken);
            return (BuildSubstitution.With(plan, image ?? build.Server), $"{source} (commit {build.ShortCommit}: {image ?? build.Server})");
        }

        return (BuildSubstitution.With(plan, candidate), File.Exists(candidate) ? $"binary {candidate}" : $"image {candidate}");
    }
}
