namespace BenchHarness.Comparison;

/// <summary>
/// The server commits each side's runs measured, so a comparison of two builds says which two it compared.
/// Either list is empty when the servers did not name their commit.
/// </summary>
public sealed record ComparedBuilds(IReadOnlyList<string> Baseline, IReadOnlyList<string> Candidate)
{
    public static ComparedBuilds None { get; } = new([], []);

    public bool IsKnown => Baseline.Count > 0 || Candidate.Count > 0;

    /// <summary>Distinct commits in order, ignoring blanks.</summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<string?> commits) =>
        commits.OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The one-line form the table and Markdown print: <c>baseline ae50016, candidate de3ff81</c>.</summary>
    public string Describe() => $"baseline {Side(Baseline)}, candidate {Side(Candidate)}";

    private static string Side(IReadOnlyList<string> commits) => commits.Count == 0 ? "unknown commit" : string.Join(" + ", commits);
}
