using BenchHarness.IntegrationTests.Storage;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Comparison;

/// <summary>
/// A scenario file for the comparison acceptance specs: one variant, one prompt of a fixed 48 generated tokens
/// (grammar plus ignore_eos), 10 measured requests, on a synthesized MoE model with 1 of 8 experts used.
/// Overriding the experts used to 8 (<see cref="SlowerArgs"/>) makes every token do eight times the expert
/// work: a real, reproducible TG slowdown of the same build, one thread, unlike a thread count on a shared
/// 2-core machine, whose effect flips with the background load.
/// </summary>
internal static class AcceptanceScenario
{
    public const string Name = "compare-acceptance";
    public const int Repeats = 10;

    /// <summary>Enough warm-ups that a fresh server's first requests (caches, frequency) stay out of the figures.</summary>
    public const int Warmups = 3;
    public static readonly string[] SlowerArgs = ["--override-kv", "llama.expert_used_count=int:8"];

    public static async Task<string> SynthesizeModelAsync(string folder)
    {
        var path = Path.Combine(folder, "moe-1of8.gguf");
        var result = await BenchCli.RunAsync(
            "synth-model", "--out", path, "--layers", "4", "--experts", "8", "--experts-used", "1", "--embd", "1024", "--ff", "1024", "--type", "q8_0");
        Assert.True(result.ExitCode == 0, result.Error);
        return path;
    }

    public static async Task<string> WriteAsync(string folder, string fileName, string model, params string[] extraArgs)
    {
        var args = string.Join(", ", new[] { "-c", "1024", "-t", "1", "-np", "1", "--load-mode", "none" }.Concat(extraArgs).Select(a => $"\"{a}\""));
        var yaml = $"""
            name: {Name}
            server:
              engine: process
              binary: "{TestAssets.LlamaServer}"
              model: "{model}"
              host: 127.0.0.1
              port: auto
              startup_timeout: 1m
              args: [{args}]
            variants:
              - name: default
            prompts:
              - name: fixed
                messages:
                  - role: user
                    content: Write a few words.
                max_tokens: 48
            sampling: {"{"}temperature: 0.0, ignore_eos: true, grammar: "root ::= [a-z ]+"{"}"}
            repeats: {Repeats}
            warmup: {Warmups}
            stream: false
            """;
        var path = Path.Combine(folder, fileName);
        await File.WriteAllTextAsync(path, yaml);
        return path;
    }
}
