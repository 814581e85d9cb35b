namespace BenchHarness.Logs.Parsing;

/// <summary>Feeds each line to the startup matchers; the first that recognises it updates the facts.</summary>
internal sealed class StartupFactCollector
{
    private static readonly Func<StartupFacts, string, StartupFacts?>[] Matchers =
    [
        ModelMetadataMatcher.Apply,
        BufferLineMatcher.Apply,
        GraphLineMatcher.Apply,
        PlacementLineMatcher.Apply,
        BuildLineMatcher.Apply,
    ];

    public StartupFacts Facts { get; private set; } = new();

    public void Add(string text)
    {
        foreach (var matcher in Matchers)
        {
            if (matcher(Facts, text) is { } updated)
            {
                Facts = updated;
                return;
            }
        }
    }
}
