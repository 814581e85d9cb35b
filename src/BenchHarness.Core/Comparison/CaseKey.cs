namespace BenchHarness.Comparison;

/// <summary>What makes two measurements comparable: the same scenario, variant, prompt and thinking on the same machine.</summary>
/// <param name="Machine">The host's hardware fingerprint (<see cref="Results.HostInfo.Fingerprint"/>).</param>
public sealed record CaseKey(string Scenario, string Variant, string Prompt, bool? Thinking, string Machine)
{
    public string ThinkingLabel => Thinking switch
    {
        true => "on",
        false => "off",
        null => "default",
    };

    public override string ToString() => $"{Scenario}/{Variant}/{Prompt}/thinking-{ThinkingLabel}";
}
