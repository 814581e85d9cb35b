namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Pairs timing lines into requests: a <c>prompt eval time</c> line followed by an <c>eval time</c> line makes
/// one request; a <c>total time</c> line right after completes it. Slot and task come from the lines' own
/// prefix, or from the <c>slot print_timing: id N | task M |</c> header printed before bare timing lines; unrelated
/// lines may stand between them.
/// </summary>
internal sealed class RequestAssembler
{
    private readonly RequestList _requests = new();
    // A prompt line waiting for its eval line, already in the shape the list keeps.
    private PackedRequest _pendingPrompt;
    private bool _hasPendingPrompt;
    private (long? Slot, long? Task) _header;
    private bool _lastRequestAwaitsTotal;

    public int Count => _requests.Count;

    /// <summary>The requests so far; later lines do not change it.</summary>
    public IReadOnlyList<RequestTiming> Snapshot() => _requests.Snapshot();

    /// <returns>Whether the line was a timing line or a timing header: then it is nothing else.</returns>
    public bool Add(int lineNumber, NormalizedLogLine line) =>
        Add(lineNumber, line.IsSlotHeader, line.IsSlotHeader ? null : TimingLineMatcher.Match(line.Text), line.Slot, line.Task);

    /// <param name="isHeader">
    /// A <c>slot print_timing: id N | task M |</c> line with nothing after it: it names the request of the bare
    /// lines that follow.
    /// </param>
    /// <returns>Whether the line was a timing line or a timing header.</returns>
    public bool Add(int lineNumber, bool isHeader, TimingLine? line, long? slot, long? task)
    {
        if (isHeader)
        {
            _header = (slot, task);
            return true;
        }

        if (line is not { } timing)
        {
            return false;
        }

        switch (timing.Kind)
        {
            case TimingLineKind.PromptEval:
                _pendingPrompt = PackedRequest.FromPrompt(lineNumber, slot ?? _header.Slot, task ?? _header.Task, timing);
                _hasPendingPrompt = true;
                _lastRequestAwaitsTotal = false;
                break;
            // A server's eval line never completes a program's prompt line, nor the other way round.
            case TimingLineKind.Eval when _hasPendingPrompt && _pendingPrompt.Function == timing.Function:
                _pendingPrompt.SetGeneration(timing);
                _requests.Add(in _pendingPrompt);
                _hasPendingPrompt = false;
                _header = default;
                _lastRequestAwaitsTotal = true;
                break;
            case TimingLineKind.Total when _lastRequestAwaitsTotal:
                _requests.Last.SetTotal(timing.Ms);
                _lastRequestAwaitsTotal = false;
                break;
        }

        return true;
    }
}
