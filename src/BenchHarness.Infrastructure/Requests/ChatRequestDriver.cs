using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchHarness.Planning;
using BenchHarness.Running;

namespace BenchHarness.Requests;

/// <summary>
/// Sends one case's body to <c>/v1/chat/completions</c> and measures it: streaming responses are read as
/// server-sent events with a client clock per chunk; non-streaming ones as one JSON document.
/// </summary>
public sealed class ChatRequestDriver(HttpClient http)
{
    public async Task<ChatOutcome> SendAsync(BenchCase benchCase, CancellationToken cancellationToken)
    {
        var body = benchCase.RequestBody.GetRawText();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}: {error}");
        }

        return IsEventStream(response.Content.Headers.ContentType)
            ? await ReadStreamAsync(response, clock, cancellationToken)
            : await ReadWholeAsync(response, clock, cancellationToken);
    }

    private static async Task<ChatOutcome> ReadStreamAsync(HttpResponseMessage response, Stopwatch clock, CancellationToken cancellationToken)
    {
        var accumulator = new ChatStreamAccumulator();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (!accumulator.Done && await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            accumulator.AddLine(line, clock.Elapsed.TotalMilliseconds);
        }

        return accumulator.Complete(clock.Elapsed.TotalMilliseconds);
    }

    private static async Task<ChatOutcome> ReadWholeAsync(HttpResponseMessage response, Stopwatch clock, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return ChatResponseReader.Read(document.RootElement, clock.Elapsed.TotalMilliseconds);
    }

    private static bool IsEventStream(MediaTypeHeaderValue? type) =>
        string.Equals(type?.MediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase);
}
