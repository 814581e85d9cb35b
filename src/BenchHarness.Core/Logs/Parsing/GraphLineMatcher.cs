using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Compute-graph size: <c>llama_init_from_model: graph nodes = 10250</c>, <c>graph splits = 190</c>, and the
/// recent one-line <c>sched_reserve: graph: nodes = 382, splits = 1</c>. A later reservation replaces an earlier one.
/// </summary>
internal static partial class GraphLineMatcher
{
    public static StartupFacts? Apply(StartupFacts facts, string text)
    {
        if (!text.Contains("graph", StringComparison.Ordinal))
        {
            return null;
        }

        var both = NodesAndSplits().Match(text);
        if (both.Success)
        {
            return facts with
            {
                GraphNodes = LogNumbers.Long(both.Groups["nodes"].Value),
                GraphSplits = LogNumbers.Long(both.Groups["splits"].Value),
            };
        }

        var nodes = Nodes().Match(text);
        if (nodes.Success)
        {
            return facts with { GraphNodes = LogNumbers.Long(nodes.Groups[1].Value) };
        }

        var splits = Splits().Match(text);
        if (!splits.Success)
        {
            return null;
        }

        // "graph splits = 2 (with bs=512), 1 (with bs=1)": single-token decoding runs the bs=1 graph, so that count matters.
        var count = splits.Groups["decode"].Success ? splits.Groups["decode"].Value : splits.Groups["splits"].Value;
        return facts with { GraphSplits = LogNumbers.Long(count) };
    }

    [GeneratedRegex(@"^\w+:\s+graph:\s+nodes\s*=\s*(?<nodes>\d+),\s*splits\s*=\s*(?<splits>\d+)")]
    private static partial Regex NodesAndSplits();

    [GeneratedRegex(@"^\w+:\s+graph nodes\s*=\s*(\d+)")]
    private static partial Regex Nodes();

    [GeneratedRegex(@"^\w+:\s+graph splits\s*=\s*(?<splits>\d+)(?:\s*\(with bs=\d+\),\s*(?<decode>\d+)\s*\(with bs=1\))?")]
    private static partial Regex Splits();
}
