namespace BenchHarness.Storage.Queries;

/// <summary>What makes two measurements comparable: the same scenario, variant, prompt, thinking mode and machine.</summary>
/// <param name="Machine">The machine's hardware fingerprint.</param>
public sealed record CaseKey(string Scenario, string Variant, string Prompt, bool? Thinking, string Machine)
{
    public string ThinkingLabel => Thinking switch
    {
        true => "thinking-on",
        false => "thinking-off",
        null => "thinking-default",
    };

    public override string ToString() => $"{Scenario}/{Variant}/{Prompt}/{ThinkingLabel}@{Machine}";
}
