using System.Diagnostics;
using System.Text.Json;

namespace BenchHarness.IntegrationTests.Gguf;

/// <summary>
/// Runs Scripts/gguf_cross_check.py with llama.cpp's own gguf-py on PYTHONPATH (the llama.cpp source is
/// BENCH_LLAMA_SRC, by default the build cache's copy) and parses the JSON it prints.
/// </summary>
internal static class GgufPy
{
    private const string Python = "/usr/bin/python3";

    public static string LlamaSource =>
        Environment.GetEnvironmentVariable("BENCH_LLAMA_SRC") is { Length: > 0 } source
            ? source
            : "/root/.cache/benchharness/llama.cpp/3.22.1/src";

    public static async Task<JsonElement> RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Scripts", "gguf_cross_check.py");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONPATH"] = Path.Combine(LlamaSource, "gguf-py");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Python}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"gguf_cross_check.py {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}");
        }

        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
