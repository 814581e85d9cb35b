namespace BenchHarness.Builds;

/// <summary>
/// Builds llama-server (with ggml-rpc-server and llama-bench) from a source for a recipe, once per source, commit and
/// options: a complete build in the cache is returned at once. Source in <c>HOME/src</c>, build in <c>HOME/build</c>,
/// logs in <c>HOME/*.log</c>.
/// </summary>
public sealed class LlamaBuilder(BuildCache cache, Action<string>? onStatus = null)
{
    public async Task<BuiltServer> BuildAsync(BuildSource source, BuildRecipe recipe, CancellationToken cancellationToken)
    {
        var (home, commit, fetch) = source.Kind == BuildSourceKind.Npm
            ? await NpmAsync(source, recipe, cancellationToken)
            : await GitAsync(source, recipe, cancellationToken);
        var server = Path.Combine(home, "build", "bin", "llama-server");
        if (BuildCache.IsComplete(home))
        {
            return new BuiltServer(server, commit ?? await CommitOfAsync(home, cancellationToken), Cached: true);
        }

        onStatus?.Invoke($"building llama-server from {source} for {recipe.Backend.ToString().ToLowerInvariant()} in {home}; this takes several minutes");
        if (Directory.Exists(home))
        {
            Directory.Delete(home, recursive: true); // an unfinished build: start clean
        }

        Directory.CreateDirectory(home);
        await fetch(home);
        var log = Path.Combine(home, "build.log");
        await BuildStep.RunAsync("cmake configure", "cmake", ["-S", "src", "-B", "build", .. recipe.CmakeArgs], home, Path.Combine(home, "cmake.log"), cancellationToken);
        await BuildStep.RunAsync(
            "cmake build", "cmake",
            ["--build", "build", "--config", "Release", "-j", Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), "--target", .. BuildRecipe.Targets],
            home, log, cancellationToken);
        return new BuiltServer(server, commit ?? await CommitOfAsync(home, cancellationToken), Cached: false);
    }

    private async Task<(string Home, string? Commit, Func<string, Task> Fetch)> NpmAsync(
        BuildSource source, BuildRecipe recipe, CancellationToken cancellationToken)
    {
        var version = source.Revision;
        var home = recipe.IsDefault ? cache.NpmHome(version) : cache.NpmHome(version) + "-" + recipe.Backend.ToString().ToLowerInvariant() + "-" + recipe.OptionsKey;
        return (home, null, async folder =>
        {
            Directory.CreateDirectory(cache.NpmFolder);
            var tarball = Path.Combine(cache.NpmFolder, $"{BuildSource.NpmPackage}-{version}.tgz");
            var log = Path.Combine(folder, "fetch.log");
            if (!File.Exists(tarball))
            {
                await BuildStep.RunAsync($"npm pack {BuildSource.NpmPackage}@{version}", "npm", ["pack", "--silent", $"{BuildSource.NpmPackage}@{version}"], cache.NpmFolder, log, cancellationToken);
            }

            await BuildStep.RunAsync("unpacking the llama.cpp bundle", "tar", ["-xzf", tarball, "-C", folder, "package/llama/gitRelease.bundle"], folder, log, cancellationToken);
            await BuildStep.RunAsync("cloning the llama.cpp bundle", "git", ["-c", "advice.detachedHead=false", "clone", "--quiet", Path.Combine(folder, "package", "llama", "gitRelease.bundle"), "src"], folder, log, cancellationToken);
            Directory.Delete(Path.Combine(folder, "package"), recursive: true);
        }
        );
    }

    private async Task<(string Home, string? Commit, Func<string, Task> Fetch)> GitAsync(
        BuildSource source, BuildRecipe recipe, CancellationToken cancellationToken)
    {
        var clone = Path.GetFullPath(source.Location);
        if (!Directory.Exists(clone))
        {
            throw new InputException("SOURCE", $"git:{source.Location}: no such folder");
        }

        var commit = await BuildStep.QueryAsync("git", ["-C", clone, "rev-parse", "--verify", "--quiet", source.Revision + "^{commit}"], cancellationToken)
            ?? throw new InputException("SOURCE", $"git:{source.Location}@{source.Revision}: not a commit of a git repository at {clone}");
        var name = Path.GetFileName(clone.TrimEnd('/'));
        var home = cache.GitHome(name, commit, recipe);
        return (home, commit, async folder =>
        {
            var log = Path.Combine(folder, "fetch.log");
            await BuildStep.RunAsync("cloning the source", "git", ["clone", "--quiet", "--no-checkout", clone, "src"], folder, log, cancellationToken);
            await BuildStep.RunAsync($"checking out {commit}", "git", ["-c", "advice.detachedHead=false", "-C", "src", "checkout", "--quiet", commit], folder, log, cancellationToken);
        }
        );
    }

    private static async Task<string> CommitOfAsync(string home, CancellationToken cancellationToken) =>
        await BuildStep.QueryAsync("git", ["-C", Path.Combine(home, "src"), "rev-parse", "HEAD"], cancellationToken) ?? "unknown";
}

/// <param name="Server">The llama-server binary; ggml-rpc-server and llama-bench are beside it.</param>
/// <param name="Cached">True when the build was already there.</param>
public sealed record BuiltServer(string Server, string Commit, bool Cached)
{
    public string ShortCommit => Commit.Length > 7 ? Commit[..7] : Commit;
}
