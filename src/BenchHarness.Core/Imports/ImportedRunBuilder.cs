using System.Security.Cryptography;
using System.Text;
using BenchHarness.Logs;
using BenchHarness.Results;

namespace BenchHarness.Imports;

/// <summary>
/// Makes a run of imported tests, shaped like the harness's own so <c>compare</c>, <c>history</c> and reports read it
/// alike: scenario <c>llama-bench</c> or <c>sweep-bench</c>, one variant per setup (model and settings), one case per
/// test. The run id comes from the first test's time and the file's content, so importing a file again stores it once.
/// </summary>
public static class ImportedRunBuilder
{
    public static RunResult Build(string program, string content, IReadOnlyList<ImportedTest> tests, string harnessVersion, string? label, string source)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        var times = tests.SelectMany(t => t.Samples).Select(s => s.At).ToList();
        var started = times.Min();
        var first = tests[0].Setup;
        var variants = tests
            .GroupBy(t => LlamaBenchSettings.VariantName(t.Setup))
            .Select(group => Variant(program, group.Key, group.ToList()))
            .ToList();
        return new RunResult
        {
            RunId = $"{started.UtcDateTime:yyyy-MM-dd'T'HH-mm-ss}-{program}-{hash[..8]}",
            Scenario = program,
            ScenarioHash = hash[..16],
            ScenarioPath = source,
            Label = label,
            Reason = "import",
            HarnessVersion = harnessVersion,
            StartedAt = started,
            FinishedAt = times.Max(),
            Status = RunStatus.Completed,
            Host = new HostInfo
            {
                Hostname = "imported",
                CpuModel = first.CpuInfo ?? "unknown",
                Cores = 0,
                MemoryMib = 0,
                Gpus = first.GpuInfo is { Length: > 0 } gpus ? gpus.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [],
            },
            Variants = variants,
        };
    }

    private static VariantResult Variant(string program, string name, IReadOnlyList<ImportedTest> tests)
    {
        var setup = tests[0].Setup;
        string[] model = setup.ModelFile is { Length: > 0 } file ? ["-m", file] : [];
        return new VariantResult
        {
            Name = name,
            Launch = new LaunchRecord
            {
                Engine = program,
                ServerArgs = [.. model, .. setup.Settings.SelectMany(s => new[] { "-" + s.Key, s.Value })],
            },
            Status = VariantStatus.Completed,
            Build = new ServerBuild
            {
                BuildInfo = setup.Commit is null ? null : $"b{setup.BuildNumber}-{setup.Commit}",
                Commit = setup.Commit,
                ModelPath = setup.ModelFile,
            },
            Startup = setup.ModelType is null ? null : new StartupFacts { ModelType = setup.ModelType },
            Samples = [.. tests.SelectMany(t => t.Samples)],
        };
    }
}
