namespace BenchHarness.Logs.Parsing;

/// <summary>
/// A request as <see cref="RequestList"/> keeps it: plain numbers without references or nullable wrappers, half the
/// size of <see cref="RequestTiming"/>, so the hundreds of thousands of requests of a long log fill half the fresh
/// memory. An absent amount is NaN (a figure read from a log is never NaN, see <see cref="LogNumbers.Finite"/>); an
/// absent count is a cleared bit of <see cref="_counts"/>. Filled in place by <see cref="RequestAssembler"/>.
/// </summary>
internal struct PackedRequest
{
    private int _line;
    private Counts _counts;
    private TimingFunction _function;
    private long _slot;
    private long _task;
    private long _promptTokens;
    private long _generatedTokens;
    private double _promptMs;
    private double _promptTokensPerSecond;
    private double _generationMs;
    private double _generationTokensPerSecond;
    private double _totalMs;

    [Flags]
    private enum Counts : ushort
    {
        None = 0,
        Slot = 1,
        Task = 2,
        PromptTokens = 4,
        GeneratedTokens = 8,
    }

    public readonly TimingFunction Function => _function;

    /// <summary>A request that so far has only its <c>prompt eval time</c> line.</summary>
    public static PackedRequest FromPrompt(int line, long? slot, long? task, TimingLine prompt)
    {
        var request = new PackedRequest { _line = line, _function = prompt.Function, _generationMs = double.NaN, _generationTokensPerSecond = double.NaN, _totalMs = double.NaN };
        request.Store(ref request._slot, slot, Counts.Slot);
        request.Store(ref request._task, task, Counts.Task);
        request.Store(ref request._promptTokens, prompt.Tokens, Counts.PromptTokens);
        request._promptMs = prompt.Ms ?? double.NaN;
        request._promptTokensPerSecond = prompt.TokensPerSecond ?? double.NaN;
        return request;
    }

    public void SetGeneration(TimingLine eval)
    {
        Store(ref _generatedTokens, eval.Tokens, Counts.GeneratedTokens);
        _generationMs = eval.Ms ?? double.NaN;
        _generationTokensPerSecond = eval.TokensPerSecond ?? double.NaN;
    }

    public void SetTotal(double? ms) => _totalMs = ms ?? double.NaN;

    public readonly RequestTiming ToTiming() => new()
    {
        Line = _line,
        Slot = Read(_slot, Counts.Slot),
        Task = Read(_task, Counts.Task),
        PromptTokens = Read(_promptTokens, Counts.PromptTokens),
        PromptMs = Read(_promptMs),
        PromptTokensPerSecond = Read(_promptTokensPerSecond),
        GeneratedTokens = Read(_generatedTokens, Counts.GeneratedTokens),
        GenerationMs = Read(_generationMs),
        GenerationTokensPerSecond = Read(_generationTokensPerSecond),
        TotalMs = Read(_totalMs),
        Function = _function.Name(),
    };

    private void Store(ref long field, long? value, Counts bit)
    {
        if (value is { } count)
        {
            field = count;
            _counts |= bit;
        }
    }

    private readonly long? Read(long field, Counts bit) => (_counts & bit) != 0 ? field : null;

    private static double? Read(double field) => double.IsNaN(field) ? null : field;
}
