using System.Globalization;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>
/// A small process-engine scenario file for drills that run the real <c>bench</c> program. The model is linked
/// under a name of the drill's own, so its servers can be told apart from any other by their command line.
/// </summary>
internal sealed class DrillScenario
{
    private DrillScenario(string folder, string file, string model)
    {
        Folder = folder;
        File = file;
        Model = model;
    }

    public string Folder { get; }
    public string File { get; }

    /// <summary>The drill's own path of the model, unique to its servers' command lines.</summary>
    public string Model { get; }

    public string Results => Path.Combine(Folder, "results");

    /// <summary>The machine lock of this drill alone, so drills never wait for an unrelated run.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["BENCH_MACHINE_LOCK"] = Path.Combine(Folder, "machine.lock") };

    public static DrillScenario Write(string name, int repeats, string extra = "")
    {
        var folder = TestAssets.TempFolder($"bench-drill-{name}");
        var model = Path.Combine(folder, $"{name}-model.gguf");
        System.IO.File.CreateSymbolicLink(model, TestAssets.Model);
        var file = Path.Combine(folder, $"{name}.yaml");
        System.IO.File.WriteAllText(file, $$"""
            name: {{name}}
            server:
              engine: process
              binary: {{TestAssets.LlamaServer}}
              model: {{model}}
              port: auto
              startup_timeout: 2m
              args: [-c, 1024, -t, 1, --parallel, 1]
            prompts:
              - name: short
                max_tokens: 16
                messages: [{role: user, content: Count from one to ten.}]
            sampling: {temperature: 0.0, seed: 42}
            repeats: {{repeats.ToString(CultureInfo.InvariantCulture)}}
            stream: true
            {{extra}}
            """);
        return new DrillScenario(folder, file, model);
    }

    /// <summary>llama-server processes started with this drill's model, whoever started them.</summary>
    public IReadOnlyList<int> LiveServers() => ProcessTable.WithArgument(Model);
}
