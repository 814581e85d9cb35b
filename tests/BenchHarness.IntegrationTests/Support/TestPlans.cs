using System.Text.Json;
using BenchHarness.Planning;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>Builds scenario plans in code: small process-engine variants of the test model and chat cases.</summary>
internal static class TestPlans
{
    public static ServerLaunch ProcessLaunch(int port, params string[] extraArgs) => new()
    {
        Engine = EngineKind.Process,
        Binary = TestAssets.LlamaServer,
        ServerArgs = [.. BaseArgs(TestAssets.Model, port), .. extraArgs],
        HostPort = port,
        ServerPort = port,
        StartupTimeout = TimeSpan.FromSeconds(60),
    };

    public static string[] BaseArgs(string model, int port, int threads = 2) =>
        ["-m", model, "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "2048", "-t", threads.ToString(System.Globalization.CultureInfo.InvariantCulture), "-np", "1"];

    /// <summary>
    /// For timing specs: one server thread, leaving a core of this 2-core machine to the client (as users leave one
    /// of 16), and the model read into memory at start so no request pays for page faults.
    /// </summary>
    public static ServerLaunch TimingLaunch(int port, string model) =>
        ProcessLaunch(port) with { ServerArgs = [.. BaseArgs(model, port, threads: 1), "--load-mode", "none"] };

    public static VariantPlan Variant(string name, params string[] extraArgs) =>
        new(name, null, ProcessLaunch(TestAssets.FreePort(), extraArgs));

    public static JsonElement Body(string text, int maxTokens, bool stream, bool? thinking, bool ignoreEos = false)
    {
        var body = new Dictionary<string, object>
        {
            ["messages"] = new[] { new { role = "user", content = text } },
            ["max_tokens"] = maxTokens,
            ["stream"] = stream,
            ["cache_prompt"] = false,
            ["temperature"] = 0.0,

            // The synthesized model's vocabulary is bytes: plain ASCII makes every token its own visible chunk.
            ["grammar"] = "root ::= [a-z ]+",
        };
        if (thinking is { } on)
        {
            body["chat_template_kwargs"] = new { enable_thinking = on };
        }

        if (ignoreEos)
        {
            body["ignore_eos"] = true;
        }

        if (stream)
        {
            body["stream_options"] = new { include_usage = true };
        }

        return JsonSerializer.SerializeToElement(body);
    }

    public static BenchCase Case(string variant, string prompt, bool? thinking, int repeat, bool stream = true, bool warmup = false, int maxTokens = 32, bool ignoreEos = false) => new()
    {
        Variant = variant,
        Prompt = prompt,
        Thinking = thinking,
        Repeat = repeat,
        Warmup = warmup,
        Stream = stream,
        RequestBody = Body($"Write a short JSON object describing {prompt}.", maxTokens, stream, thinking, ignoreEos),
    };

    public static ScenarioPlan Plan(string name, IReadOnlyList<VariantPlan> variants, IEnumerable<BenchCase> cases) => new()
    {
        Name = name,
        SourcePath = $"{name}.yaml",
        ContentHash = new string('0', 64),
        Variants = variants,
        Cases = cases.ToArray(),
    };
}
