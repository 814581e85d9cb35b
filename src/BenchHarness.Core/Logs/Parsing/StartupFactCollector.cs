namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Feeds each line to the startup matchers; the first that recognises it updates the facts. Buffers are collected
/// apart, so a long log (a server restarted many times) adds each in constant time.
/// </summary>
internal sealed class StartupFactCollector
{
    private static readonly Func<StartupFacts, string, StartupFacts?>[] Matchers =
    [
        ModelMetadataMatcher.Apply,
        GraphLineMatcher.Apply,
        PlacementLineMatcher.Apply,
        BuildLineMatcher.Apply,
    ];

    private readonly List<BufferAllocation> _buffers = [];
    private StartupFacts _facts = new();

    public StartupFacts Facts => _facts with { Buffers = [.. _buffers] };

    public void Add(string text)
    {
        if (text.Contains("buffer", StringComparison.Ordinal) && BufferLineMatcher.Match(text) is { } buffer)
        {
            if (BufferLineMatcher.IsTrialSet(_buffers, buffer))
            {
                _buffers.Clear();
            }

            _buffers.Add(buffer);
            return;
        }

        foreach (var matcher in Matchers)
        {
            if (matcher(_facts, text) is { } updated)
            {
                _facts = updated;
                return;
            }
        }
    }
}
