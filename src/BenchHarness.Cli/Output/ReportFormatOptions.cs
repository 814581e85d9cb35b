using System.CommandLine;
using BenchHarness.Comparison;

namespace BenchHarness.Cli.Output;

/// <summary>The output and rule options <c>bench compare</c> and <c>bench ab</c> share.</summary>
internal sealed record ReportFormatOptions(Option<bool> Markdown, Option<bool> Json)
{
    public static ReportFormatOptions Create() => new(
        new Option<bool>("--markdown") { Description = "Print GitHub-flavoured markdown (for a CI summary)" },
        new Option<bool>("--json") { Description = "Print JSON (cases[], scenarios[], has_regression)" });

    public static Option<double> Threshold() => new("--threshold")
    {
        Description = "θ: ratios within 1±θ count as the same speed",
        DefaultValueFactory = _ => ComparisonOptions.Default.Threshold,
    };

    public static ComparisonOptions Rule(double threshold)
    {
        if (threshold is <= 0 or >= 1 || !double.IsFinite(threshold))
        {
            throw new InputException("--threshold", "must be between 0 and 1, e.g. 0.03 for 3 %");
        }

        return ComparisonOptions.Default with { Threshold = threshold };
    }

    public ReportFormat Of(ParseResult parse) =>
        parse.GetValue(Json) ? ReportFormat.Json : parse.GetValue(Markdown) ? ReportFormat.Markdown : ReportFormat.Table;
}

internal enum ReportFormat
{
    Table,
    Markdown,
    Json,
}
