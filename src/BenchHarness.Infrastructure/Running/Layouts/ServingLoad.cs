using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchHarness.Planning;

namespace BenchHarness.Running.Layouts;

/// <summary>
/// Keeps a server busy while another server of its layout is measured: N lanes, each sending the role's load request
/// again as soon as the last one ends, streamed so that the start waits until every lane is really generating.
/// Its requests are not measured; it counts what completed and what failed, as proof of the load.
/// </summary>
internal sealed class ServingLoad : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task[] _lanes;
    private readonly TaskCompletionSource[] _generating;
    private int _completed;
    private int _failed;

    private ServingLoad(string role, HttpClient http, LoadRequest load, CancellationToken cancellationToken)
    {
        Role = role;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var body = Streamed(load.Body);
        _generating = [.. Enumerable.Range(0, load.Concurrency).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];
        _lanes = [.. _generating.Select(started => Task.Run(() => LaneAsync(http, body, started, _stop.Token)))];
    }

    public string Role { get; }
    public int Completed => Volatile.Read(ref _completed);
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Starts the load and returns once every lane has received generated text from the server.</summary>
    public static async Task<ServingLoad> StartAsync(string role, HttpClient http, LoadRequest load, CancellationToken cancellationToken)
    {
        var serving = new ServingLoad(role, http, load, cancellationToken);
        try
        {
            await Task.WhenAll(serving._generating.Select(g => g.Task)).WaitAsync(cancellationToken);
            return serving;
        }
        catch
        {
            await serving.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_lanes).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task LaneAsync(HttpClient http, string body, TaskCompletionSource generating, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await SendAsync(http, body, generating, stop);
                Interlocked.Increment(ref _completed);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                generating.TrySetCanceled(stop);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                Interlocked.Increment(ref _failed);
                // A load that never got going fails the start; one that fails later is counted and tried again.
                if (generating.TrySetException(new HttpRequestException($"the load on '{Role}' failed: {e.Message}", e)))
                {
                    return;
                }
            }
        }
    }

    private static async Task SendAsync(HttpClient http, string body, TaskCompletionSource generating, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(stop)}");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(stop);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(stop) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal) && line.Contains("\"delta\"", StringComparison.Ordinal))
            {
                generating.TrySetResult();
            }
        }
    }

    private static string Streamed(JsonElement body)
    {
        var root = JsonNode.Parse(body.GetRawText())!.AsObject();
        root["stream"] = true;
        root.Remove("stream_options");
        return root.ToJsonString();
    }
}
