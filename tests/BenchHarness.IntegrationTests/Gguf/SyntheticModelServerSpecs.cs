using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using BenchHarness.Gguf;
using BenchHarness.Gguf.Synthesis;

namespace BenchHarness.IntegrationTests.Gguf;

/// <summary>The real llama-server (BENCH_LLAMA_SERVER, by default the build cache's) loads and serves a synthesized model.</summary>
public sealed class SyntheticModelServerSpecs : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gguf-serve-").FullName;
    private readonly CancellationTokenSource deadline = new(TimeSpan.FromMinutes(3));

    private static string ServerPath =>
        Environment.GetEnvironmentVariable("BENCH_LLAMA_SERVER") is { Length: > 0 } path
            ? path
            : "/root/.cache/benchharness/llama.cpp/3.22.1/build/bin/llama-server";

    private CancellationToken Timeout => deadline.Token;

    public void Dispose()
    {
        deadline.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(SyntheticWeightType.F16, 0)]
    [InlineData(SyntheticWeightType.Q8_0, 0)]
    [InlineData(SyntheticWeightType.F16, 1)]
    public async Task Llama_server_loads_the_synthesized_moe_model_and_generates_tokens(SyntheticWeightType weightType, int denseLead)
    {
        Assert.True(File.Exists(ServerPath), $"llama-server not found at {ServerPath} (build it with scripts/build-llama-server.sh or set BENCH_LLAMA_SERVER)");
        var modelPath = await WriteModelAsync(new(Layers: 3, Experts: 4, ExpertsUsed: 2, Embedding: 64, FeedForward: 128, DenseLead: denseLead, WeightType: weightType));
        var port = FreeLoopbackPort();
        var log = new StringBuilder();
        using var server = StartServer(modelPath, port, log);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilHealthyAsync(http, server, log);

            using var response = await http.PostAsJsonAsync("/v1/chat/completions", new
            {
                messages = new[] { new { role = "user", content = "Say hello in JSON." } },
                max_tokens = 8,
                chat_template_kwargs = new { enable_thinking = false },
            }, Timeout);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Timeout);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.InRange(body.GetProperty("usage").GetProperty("completion_tokens").GetInt32(), 1, 8);
            Assert.True(body.GetProperty("timings").GetProperty("predicted_n").GetInt32() > 0, body.ToString());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(CancellationToken.None);
        }
    }

    private async Task<string> WriteModelAsync(SyntheticModelOptions options)
    {
        var path = Path.Combine(folder, "moe.gguf");
        var model = SyntheticModel.Create(options);
        await using var stream = File.Create(path);
        await GgufWriter.WriteAsync(stream, model.Metadata, model.Tensors, Timeout);
        return path;
    }

    private static Process StartServer(string modelPath, int port, StringBuilder log)
    {
        var start = new ProcessStartInfo(ServerPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", modelPath, "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "512", "-np", "1" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("llama-server did not start");
        void Append(object? _, DataReceivedEventArgs line)
        {
            lock (log)
            {
                log.AppendLine(line.Data);
            }
        }

        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // Readiness is polled: llama-server answers 503 while loading, then 200.
    private async Task WaitUntilHealthyAsync(HttpClient http, Process server, StringBuilder log)
    {
        while (true)
        {
            Assert.False(server.HasExited, $"llama-server exited while loading:\n{log}");
            try
            {
                using var health = await http.GetAsync("/health", Timeout);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), Timeout);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
