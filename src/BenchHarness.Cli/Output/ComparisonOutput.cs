using BenchHarness.Comparison;
using BenchHarness.Comparison.Rendering;

namespace BenchHarness.Cli.Output;

/// <summary>Prints a comparison report in the chosen format (warnings on stderr, so JSON stays pure) and picks the exit code.</summary>
internal static class ComparisonOutput
{
    public static int Write(ComparisonReport report, IReadOnlyList<string> warnings, ReportFormat format, bool failOnRegression)
    {
        foreach (var warning in warnings)
        {
            Console.Error.WriteLine($"warning: {warning}");
        }

        Console.Write(format switch
        {
            ReportFormat.Json => ComparisonJsonRenderer.Render(report) + Environment.NewLine,
            ReportFormat.Markdown => ComparisonMarkdownRenderer.Render(report),
            _ => ComparisonTableRenderer.Render(report),
        });
        if (report.Cases.Count == 0)
        {
            Console.Error.WriteLine("warning: no case is present on both sides; nothing was compared");
        }

        if (report.HasMissingCases)
        {
            Console.Error.WriteLine($"warning: {report.OnlyInBaseline.Count} baseline case(s) have no successful sample in the candidate");
        }

        return failOnRegression && report.Fails ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
