namespace BenchHarness.Comparison;

/// <summary>
/// What makes two measurements comparable: the same scenario, variant, prompt and thinking, at the same context
/// depth and concurrency, on the same machine.
/// </summary>
/// <param name="Machine">The host's hardware fingerprint (<see cref="Results.HostInfo.Fingerprint"/>).</param>
/// <param name="Depth">Tokens in the context before the request's own (0: empty).</param>
/// <param name="Concurrency">Requests in flight together.</param>
public sealed record CaseKey(string Scenario, string Variant, string Prompt, bool? Thinking, string Machine, int Depth = 0, int Concurrency = 1)
{
    public string ThinkingLabel => Thinking switch
    {
        true => "on",
        false => "off",
        null => "default",
    };

    public override string ToString() =>
        $"{Scenario}/{Variant}/{Prompt}/thinking-{ThinkingLabel}{Planning.BenchCase.DimensionSuffix(Depth, Concurrency)}";
}
