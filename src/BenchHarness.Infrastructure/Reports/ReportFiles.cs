using BenchHarness.Reports.Rendering;

namespace BenchHarness.Reports;

/// <summary>Writes a report's HTML and Markdown files: each to a temporary file first, so a reader never sees half a page.</summary>
public static class ReportFiles
{
    public const string HtmlFileName = "report.html";

    public static async Task WriteAsync(ReportInput input, string htmlPath, string? markdownPath, CancellationToken cancellationToken)
    {
        var report = ReportBuilder.Build(input);
        await WriteTextAsync(htmlPath, HtmlReportRenderer.Render(report), cancellationToken);
        if (markdownPath is not null)
        {
            await WriteTextAsync(markdownPath, ReportMarkdownRenderer.Render(report), cancellationToken);
        }
    }

    /// <summary>
    /// The report a finished measurement leaves in its run folder. A report that cannot be written costs a warning,
    /// never the measured run: the run is already in run.json. Returns the file, or null when it was not written.
    /// </summary>
    public static async Task<string?> TryWriteAsync(ReportInput input, string folder, Action<string> warn, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, HtmlFileName);
        try
        {
            await WriteAsync(input, path, null, cancellationToken);
            return path;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            warn($"the report {path} was not written: {e.Message}");
            return null;
        }
    }

    private static async Task WriteTextAsync(string path, string text, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        await File.WriteAllTextAsync(temporary, text, cancellationToken);
        File.Move(temporary, full, overwrite: true);
    }
}
