namespace BenchHarness.Scenarios.Model;

/// <summary>What a server of a co-resident layout serves while another is measured under load: a prompt, looped.</summary>
/// <param name="Prompt">A prompt of the scenario by name; null means the first prompt.</param>
/// <param name="Concurrency">Requests kept in flight together.</param>
/// <param name="Inline">A prompt written in the load block itself, so a long load need not be a measured prompt too.</param>
public sealed record LoadSpec(string? Prompt, int Concurrency, PromptSpec? Inline = null)
{
    public static readonly LoadSpec Default = new(null, 1);
}
