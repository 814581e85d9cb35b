using BenchHarness.IntegrationTests.Storage;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Builds;

/// <summary>
/// <c>bench build</c> against the set-up's real build of node-llama-cpp 3.22.1 (llama.cpp de3ff81): the same
/// source again is a cache hit in the set-up's folder (nothing rebuilt), and bad sources are bad input.
/// </summary>
public sealed class BuildCommandSpecs
{
    private static readonly string Cache = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(TestAssets.LlamaServer)!, "..", "..", "..", ".."));

    [Fact]
    public async Task Building_an_already_built_source_returns_its_path_without_rebuilding()
    {
        var buildLog = Path.Combine(Path.GetDirectoryName(TestAssets.LlamaServer)!, "..", "..", "build.log");
        var before = File.GetLastWriteTimeUtc(TestAssets.LlamaServer);

        var first = await BenchCli.RunAsync(Environment(), "build", "npm:node-llama-cpp@3.22.1");
        var second = await BenchCli.RunAsync(Environment(), "build", "npm:node-llama-cpp@3.22.1");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(TestAssets.LlamaServer, LastLine(first.Output));
        Assert.Equal(LastLine(first.Output), LastLine(second.Output));
        Assert.Contains("commit de3ff81, already built", second.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(TestAssets.LlamaServer));
        Assert.True(File.Exists(buildLog));
    }

    [Fact]
    public async Task The_image_of_a_build_is_tagged_with_its_commit_and_runs_the_server()
    {
        var result = await BenchCli.RunAsync(Environment(), "build", "npm:node-llama-cpp@3.22.1", "--image");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("localhost/benchharness/llama-server:de3ff81", LastLine(result.Output));
        var version = await OutputOfAsync("podman", "run", "--rm", "--network", "host", LastLine(result.Output), "--version");
        Assert.Contains("commit de3ff81", version, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("npm:node-llama-cpp", "expected npm:node-llama-cpp@VERSION")]
    [InlineData("svn:trunk", "a build source is git:PATH@COMMIT or npm:node-llama-cpp@VERSION")]
    [InlineData("git:/nonexistent/llama.cpp@de3ff81", "git:/nonexistent/llama.cpp: no such folder")]
    public async Task A_bad_source_is_bad_input_with_a_clear_message(string source, string message)
    {
        var result = await BenchCli.RunAsync(Environment(), "build", source);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revision_the_clone_does_not_have_is_bad_input()
    {
        var clone = Path.Combine(Path.GetDirectoryName(TestAssets.LlamaServer)!, "..", "..", "src");

        var result = await BenchCli.RunAsync(Environment(), "build", $"git:{clone}@no-such-branch");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("@no-such-branch: not a commit", result.Error, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Environment() => new() { ["BENCH_CACHE"] = Cache };

    private static async Task<string> OutputOfAsync(string program, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await output + await error;
    }

    private static string LastLine(string output) => output.TrimEnd().Split('\n')[^1];
}
