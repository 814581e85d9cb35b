using BenchHarness.Reports;

namespace BenchHarness.Tests.Reports;

/// <summary>The report a measuring command leaves: written beside the run, or a warning, never an exception that loses the run.</summary>
public sealed class ReportFilesSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bench-report-files").FullName;

    [Fact]
    public async Task The_report_is_written_into_the_run_folder()
    {
        var warnings = new List<string>();

        var path = await ReportFiles.TryWriteAsync(Input(), _folder, warnings.Add, CancellationToken.None);

        Assert.Equal(Path.Combine(_folder, "report.html"), path);
        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(path!), StringComparison.Ordinal);
        Assert.Empty(warnings);
        Assert.Equal(["report.html"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_report_that_cannot_be_written_is_a_warning_naming_the_file()
    {
        var blocked = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocked, "a file where the run folder should be");
        var warnings = new List<string>();

        var path = await ReportFiles.TryWriteAsync(Input(), blocked, warnings.Add, CancellationToken.None);

        Assert.Null(path);
        Assert.StartsWith($"the report {Path.Combine(blocked, "report.html")} was not written: ", Assert.Single(warnings), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ReportInput Input() => new() { Title = "smoke", Runs = [CapturedRuns.Smoke[0]] };
}
