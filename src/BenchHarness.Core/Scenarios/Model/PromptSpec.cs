using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Model;

/// <summary>A named prompt: its chat messages, token limit and any sampling fields it overrides.</summary>
public sealed record PromptSpec(
    string Name,
    IReadOnlyList<ChatMessage> Messages,
    int MaxTokens,
    IReadOnlyList<KeyValuePair<string, YamlScalar>> Sampling);

public sealed record ChatMessage(string Role, string Content);
