using System.CommandLine;
using BenchHarness.Builds;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// <c>bench build SOURCE</c>: llama-server (with ggml-rpc-server and llama-bench) from a git commit or an npm
/// node-llama-cpp version, cached per source, commit and options. The last output line is the binary's path,
/// or the image tag with <c>--image</c>, for scripts.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("SOURCE") { Description = "git:PATH@COMMIT (a local clone of llama.cpp or ik_llama.cpp) or npm:node-llama-cpp@VERSION" };
        var backend = new Option<string>("--backend") { Description = "cpu, cuda or rocm (cuda/rocm only configure ggml for that backend: build them on a GPU host)", DefaultValueFactory = _ => "cpu" };
        var image = new Option<bool>("--image") { Description = "Also make a container image (localhost/benchharness/llama-server:COMMIT) and print its tag last" };
        var cmakeArgs = new Option<string[]>("--cmake-arg") { Description = "Extra cmake configure argument (repeatable), e.g. -DCMAKE_CUDA_ARCHITECTURES=89", AllowMultipleArgumentsPerToken = false };
        var command = new Command("build", "Build llama-server from a source commit, cached; prints the binary's path (or image tag) last.")
        {
            source, backend, image, cmakeArgs,
        };
        command.SetAction((parse, cancellationToken) => BuildAsync(
            Parsed(() => BuildSource.Parse(parse.GetValue(source)!), "SOURCE"),
            new BuildRecipe(Parsed(() => BuildRecipe.ParseBackend(parse.GetValue(backend)!), "--backend"), parse.GetValue(cmakeArgs) ?? []),
            parse.GetValue(image),
            cancellationToken));
        return command;
    }

    /// <summary>Builds (or finds) the server and, when asked, its image; the value a nightly job runs.</summary>
    internal static async Task<(BuiltServer Build, string? Image)> BuildOrFindAsync(
        BuildSource source, BuildRecipe recipe, bool image, CancellationToken cancellationToken)
    {
        var status = (string line) => Console.Error.WriteLine(line);
        var build = await new LlamaBuilder(BuildCache.Default(), status).BuildAsync(source, recipe, cancellationToken);
        Console.Error.WriteLine($"{source}: commit {build.ShortCommit}, {(build.Cached ? "already built" : "built")}: {build.Server}");
        return (build, image ? await new ImageBuilder(status).BuildAsync(build, recipe, cancellationToken) : null);
    }

    private static async Task<int> BuildAsync(BuildSource source, BuildRecipe recipe, bool image, CancellationToken cancellationToken)
    {
        try
        {
            var (build, tag) = await BuildOrFindAsync(source, recipe, image, cancellationToken);
            Console.WriteLine(tag ?? build.Server);
            return ExitCodes.Ok;
        }
        catch (BuildFailedException e)
        {
            Console.Error.WriteLine($"error: build of {source}: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    private static T Parsed<T>(Func<T> parse, string field)
    {
        try
        {
            return parse();
        }
        catch (ArgumentException e)
        {
            throw new InputException(field, e.Message);
        }
    }
}
