namespace BenchHarness.Reports;

/// <summary>A report as data: a title, facts about the runs, and sections of tables and plots, in reading order.</summary>
public sealed record Report(string Title, IReadOnlyList<string> Facts, IReadOnlyList<ReportSection> Sections);

/// <summary>
/// One part of a report. Every plot shows numbers its tables also list, so the Markdown form (no pictures) keeps
/// the same content.
/// </summary>
/// <param name="Id">A stable HTML id (<c>cases</c>, <c>comparison</c>, ...).</param>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<ReportBlock> Blocks)
{
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A table and the plots drawn from it, shown side by side.</summary>
public sealed record ReportBlock(ReportTable Table, IReadOnlyList<PlotSpec> Plots)
{
    public static ReportBlock TableOnly(ReportTable table) => new(table, []);
}

/// <summary>Cells as text (invariant culture); the renderers encode them for their format.</summary>
public sealed record ReportTable(string Id, string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
