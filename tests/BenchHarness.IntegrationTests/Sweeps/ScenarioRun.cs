using System.Text.Json;
using BenchHarness.IntegrationTests.Storage;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Sweeps;

/// <summary>A scenario written into a folder and run by the real <c>bench run</c> (no database, its own host lock), read back from its run.json.</summary>
internal sealed record ScenarioRun(int ExitCode, string Error, RunResult Run, string RunFolder)
{
    public static async Task<ScenarioRun> RunAsync(string folder, string name, string yaml)
    {
        var file = Path.Combine(folder, $"{name}.yaml");
        await File.WriteAllTextAsync(file, yaml);
        var results = Path.Combine(folder, "results");
        var result = await BenchCli.RunAsync(
            new Dictionary<string, string?> { ["BENCH_MACHINE_LOCK"] = Path.Combine(folder, "machine.lock") },
            "run", file, "--results", results, "--no-db");
        var runFile = Directory.GetFiles(results, "run.json", SearchOption.AllDirectories).Single();
        var run = JsonSerializer.Deserialize<RunResult>(await File.ReadAllTextAsync(runFile), JsonDefaults.Options)!;
        return new ScenarioRun(result.ExitCode, result.Error, run, Path.GetDirectoryName(runFile)!);
    }
}
