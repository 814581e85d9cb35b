using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Tests.Reports;

/// <summary>
/// Real runs of the real llama-server, kept as bench wrote them (run.json): three runs of the smoke scenario
/// (three variants, thinking off and on), a one-round <c>bench ab</c> session, and an eight-repeat scenario run
/// with one expert per token and then with four (a real TG slowdown); its prompt is named <c>short &lt;b&gt;&amp;</c>.
/// </summary>
internal static class CapturedRuns
{
    public static IReadOnlyList<RunResult> Smoke => Read("smoke");

    public static IReadOnlyList<RunResult> Ab => Read("ab");

    /// <summary>The baseline (one expert per token) first, then the slower candidate.</summary>
    public static IReadOnlyList<RunResult> Experts => Read("experts");

    private static List<RunResult> Read(string kind) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "reports", kind), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => RunResultFile.ReadAsync(file, CancellationToken.None).GetAwaiter().GetResult())
            .ToList();
}
