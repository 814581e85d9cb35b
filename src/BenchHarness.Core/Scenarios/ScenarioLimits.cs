namespace BenchHarness.Scenarios;

/// <summary>
/// How big a scenario may get. Each is checked before the work it bounds is done, so a hostile file (an
/// alias bomb, a million repeats, deep nesting) is refused in milliseconds instead of exhausting memory.
/// Real scenarios stay far below every one of them.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>Nesting of mappings and lists in one YAML file (aliases included).</summary>
    public const int MaxDepth = 64;

    /// <summary>Values in one YAML file after aliases are expanded (the "billion laughs" bound).</summary>
    public const int MaxNodes = 100_000;

    public const int MaxRepeats = 1_000;

    public const int MaxWarmup = 100;

    /// <summary>The deepest context a case may ask for (tokens); llama.cpp's largest contexts stay below it.</summary>
    public const int MaxDepthTokens = 4_194_304;

    /// <summary>Requests in flight together in one case.</summary>
    public const int MaxConcurrency = 256;

    /// <summary>Requests of the whole plan: variants × (warm-ups + prompts × thinking values × repeats).</summary>
    public const int MaxCases = 10_000;

    /// <summary>The highest layer number a placement may name (real models have a few hundred at most).</summary>
    public const int MaxLayer = 9_999;
}
