namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Collects failures. One failure prints a cascade of lines (an allocation error, then the loader's error, then
/// <c>exiting due to model loading error</c>); lines that follow closely are folded into the first, which names the
/// cause and gains the kinds, device or size the later lines add. A line that only reports an earlier failure adds
/// no kind: a compute buffer that fails after the model loaded stays out of memory alone.
/// </summary>
internal sealed class FailureCollector
{
    private const int CascadeLines = 8;

    private readonly List<LogFailure> _failures = [];
    private int _lastFailureLine = int.MinValue;

    public IReadOnlyList<LogFailure> Failures => _failures;

    public void Add(int lineNumber, string text)
    {
        if (FailureLineMatcher.Match(text) is not { } line)
        {
            return;
        }

        var continuesLast = _failures.Count > 0 && lineNumber - _lastFailureLine <= CascadeLines && Continues(_failures[^1], line);
        if (continuesLast)
        {
            var first = _failures[^1];
            _failures[^1] = first with
            {
                Device = first.Device ?? line.Device,
                Mib = first.Mib ?? line.Mib,
                Kinds = line.Consequence ? first.Kinds : [.. first.Kinds.Union(line.Kinds)],
            };
        }
        else
        {
            _failures.Add(new LogFailure(line.Kinds[0], lineNumber, text) { Device = line.Device, Mib = line.Mib, Kinds = line.Kinds });
        }

        _lastFailureLine = lineNumber;
    }

    /// <summary>
    /// A close line belongs to the failure before it when it only reports it, repeats its kinds, or adds that the
    /// model load failed. A new cause (a refused split mode after an allocation failure) is a failure of its own, and
    /// so is a fatal error after a CPU fallback warning.
    /// </summary>
    private static bool Continues(LogFailure failure, FailureLine line)
    {
        if (line.Consequence)
        {
            return true;
        }

        var fatalAfterWarning = !failure.Fatal && line.Kinds.Any(kind => kind != LogFailureKind.BackendInit);
        var newCause = line.Kinds.Except(failure.Kinds).Any(kind => kind != LogFailureKind.ModelLoad);
        return !fatalAfterWarning && !newCause;
    }
}
