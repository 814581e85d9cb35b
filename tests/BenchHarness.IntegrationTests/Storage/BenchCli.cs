using System.Diagnostics;
using System.Text.Json;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Storage;

/// <summary>Runs the real <c>bench</c> program (built next to the tests) with its own environment.</summary>
internal static class BenchCli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bench.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("BENCH_DB");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await error);
    }

    public static Task<Result> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string?>(), arguments);

    /// <summary>Writes <c>results/&lt;run-id&gt;/run.json</c> as the runner does.</summary>
    public static async Task<string> WriteRunAsync(string resultsFolder, RunResult run)
    {
        var folder = Directory.CreateDirectory(Path.Combine(resultsFolder, run.RunId)).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "run.json"), JsonSerializer.Serialize(run, JsonDefaults.Options));
        return folder;
    }
}
