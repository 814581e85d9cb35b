using System.Text;
using System.Text.Json;

namespace BenchHarness.Running;

/// <summary>
/// Follows a streamed chat completion: feed it each server-sent-events line with the client clock (ms since the
/// request was sent), then <see cref="Complete"/>. A chunk carrying <c>delta.content</c> or
/// <c>delta.reasoning_content</c> counts as one generated token for arrival timing. A malformed chunk (not JSON,
/// not an object, an error) throws <see cref="InvalidDataException"/>, which fails that sample; fields of the
/// wrong shape or out of range are read as absent.
/// </summary>
public sealed class ChatStreamAccumulator
{
    private readonly List<double> _arrivals = [];
    private readonly StringBuilder _content = new();
    private readonly StringBuilder _reasoning = new();
    private int _contentChunks;
    private int _reasoningChunks;
    private ServerTimings? _timings;
    private ChatUsage? _usage;
    private string? _finishReason;
    private string? _fingerprint;

    /// <summary>True once <c>data: [DONE]</c> arrived.</summary>
    public bool Done { get; private set; }

    public void AddLine(string line, double atMs)
    {
        if (!line.StartsWith("data:", StringComparison.Ordinal))
        {
            return; // blank separators, comments (": ping"), event names
        }

        var payload = line.AsSpan(5).Trim();
        if (payload.SequenceEqual("[DONE]"))
        {
            Done = true;
            return;
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(payload.ToString());
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the server sent a stream chunk that is not JSON: {e.Message}");
        }

        using (doc)
        {
            AddChunk(doc.RootElement, atMs);
        }
    }

    private void AddChunk(JsonElement chunk, double atMs)
    {
        if (chunk.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"the server sent a stream chunk that is {chunk.ValueKind}, not an object");
        }

        if (chunk.TryGetProperty("error", out var error))
        {
            throw new InvalidDataException($"the server reported an error mid-stream: {error.GetRawText()}");
        }

        _timings = ChatResponseFields.Timings(chunk) ?? _timings;
        _usage = ChatResponseFields.Usage(chunk) ?? _usage;
        _fingerprint ??= ChatResponseFields.String(chunk, "system_fingerprint");
        var (delta, finish) = ChatResponseFields.FirstChoice(chunk, "delta");
        _finishReason = finish ?? _finishReason;

        var reasoning = ChatResponseFields.String(delta, "reasoning_content");
        var content = ChatResponseFields.String(delta, "content");
        if (!string.IsNullOrEmpty(reasoning))
        {
            _reasoningChunks++;
            _reasoning.Append(reasoning);
        }

        if (!string.IsNullOrEmpty(content))
        {
            _contentChunks++;
            _content.Append(content);
        }

        if (!string.IsNullOrEmpty(reasoning) || !string.IsNullOrEmpty(content))
        {
            _arrivals.Add(atMs);
        }
    }

    public ChatOutcome Complete(double totalMs)
    {
        var gaps = _arrivals.Zip(_arrivals.Skip(1), (a, b) => b - a).ToArray();
        return new ChatOutcome
        {
            Timings = _timings,
            Usage = _usage,
            FinishReason = _finishReason,
            SystemFingerprint = _fingerprint,
            ReasoningTokens = _reasoningChunks,
            ContentTokens = _contentChunks,
            Content = _content.ToString(),
            ReasoningContent = _reasoning.ToString(),
            TtftMs = _arrivals.Count > 0 ? _arrivals[0] : null,
            ClientTokensPerSecond = ClientRate(),
            InterTokenMsMedian = Percentiles.Median(gaps),
            InterTokenMsP99 = Percentiles.Of(gaps, 99),
            ClientTotalMs = totalMs,
        };
    }

    /// <summary>
    /// Tokens after the first over the time from first to last arrival, the same n-1 shape the server uses.
    /// The token count comes from the server when known: a chunk can hold several tokens (a UTF-8 character
    /// split over byte tokens is sent once complete).
    /// </summary>
    private double? ClientRate()
    {
        if (_arrivals.Count < 2)
        {
            return null;
        }

        var tokens = _timings?.PredictedN ?? _usage?.CompletionTokens ?? _arrivals.Count;
        var span = _arrivals[^1] - _arrivals[0];
        return span > 0 ? (tokens - 1) * 1000.0 / span : null;
    }
}
