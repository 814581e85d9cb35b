namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Pairs timing lines into requests: a <c>prompt eval time</c> line followed by an <c>eval time</c> line makes
/// one request; a <c>total time</c> line right after completes it. Slot and task come from the lines' own
/// prefix, or from the <c>slot print_timing: id N | task M |</c> header printed before bare timing lines; unrelated
/// lines may stand between them.
/// </summary>
internal sealed class RequestAssembler
{
    private readonly List<RequestTiming> _requests = [];
    private RequestTiming? _pendingPrompt;
    private (long? Slot, long? Task) _header;
    private bool _lastRequestAwaitsTotal;

    public IReadOnlyList<RequestTiming> Requests => _requests;

    /// <returns>Whether the line was a timing line or a timing header: then it is nothing else.</returns>
    public bool Add(int lineNumber, NormalizedLogLine line) =>
        line.IsSlotHeader ? AddHeader(line.Slot, line.Task) : Add(lineNumber, TimingLineMatcher.Match(line.Text), line.Slot, line.Task);

    /// <summary>A <c>slot print_timing: id N | task M |</c> line with nothing after it names the request of the bare lines that follow.</summary>
    public bool AddHeader(long? slot, long? task)
    {
        _header = (slot, task);
        return true;
    }

    /// <returns>Whether <paramref name="timing"/> was a timing line.</returns>
    public bool Add(int lineNumber, TimingLine? timing, long? slot, long? task)
    {
        switch (timing?.Kind)
        {
            case TimingLineKind.PromptEval:
                _pendingPrompt = new RequestTiming
                {
                    Line = lineNumber,
                    Slot = slot ?? _header.Slot,
                    Task = task ?? _header.Task,
                    PromptTokens = timing.Tokens,
                    PromptMs = timing.Ms,
                    PromptTokensPerSecond = timing.TokensPerSecond,
                    Function = timing.Function,
                };
                _lastRequestAwaitsTotal = false;
                break;
            // A server's eval line never completes a program's prompt line, nor the other way round.
            case TimingLineKind.Eval when _pendingPrompt is not null && _pendingPrompt.Function == timing.Function:
                _requests.Add(_pendingPrompt with
                {
                    GeneratedTokens = timing.Tokens,
                    GenerationMs = timing.Ms,
                    GenerationTokensPerSecond = timing.TokensPerSecond,
                });
                _pendingPrompt = null;
                _header = default;
                _lastRequestAwaitsTotal = true;
                break;
            case TimingLineKind.Total when _lastRequestAwaitsTotal:
                _requests[^1] = _requests[^1] with { TotalMs = timing.Ms };
                _lastRequestAwaitsTotal = false;
                break;
        }

        return timing is not null;
    }
}
