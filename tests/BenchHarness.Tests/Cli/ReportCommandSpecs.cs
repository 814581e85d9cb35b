using System.CommandLine;
using BenchHarness.Cli;
using BenchHarness.Cli.Commands;

namespace BenchHarness.Tests.Cli;

/// <summary><c>bench report</c> over a results folder of real runs, without a database.</summary>
public sealed class ReportCommandSpecs : IDisposable
{
    private static readonly string Captured = Path.Combine(AppContext.BaseDirectory, "TestData", "reports");
    private readonly string _folder = Directory.CreateTempSubdirectory("bench-report-command").FullName;

    public ReportCommandSpecs()
    {
        // As bench run leaves them: results/<run-id>/run.json.
        foreach (var file in Directory.GetFiles(Captured, "*.json", SearchOption.AllDirectories))
        {
            var folder = Directory.CreateDirectory(Path.Combine(Results, Path.GetFileNameWithoutExtension(file))).FullName;
            File.Copy(file, Path.Combine(folder, "run.json"));
        }
    }

    private string Results => Path.Combine(_folder, "results");

    [Fact]
    public async Task A_run_folder_gives_an_html_and_a_markdown_report()
    {
        var html = Path.Combine(_folder, "out", "run.html");
        var markdown = Path.Combine(_folder, "out", "run.md");

        var exit = await Bench("report", Path.Combine(Results, "20261202-073307-smoke-c9ff"), "--out", html, "--markdown", markdown);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("<section id=\"cases\">", await File.ReadAllTextAsync(html), StringComparison.Ordinal);
        Assert.StartsWith("# BenchHarness report: smoke (", await File.ReadAllTextAsync(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_database_a_label_and_a_baseline_select_among_the_run_files_and_are_compared()
    {
        var html = Path.Combine(_folder, "compare.html");

        var exit = await Bench("report", "experts-slow", "--baseline", "experts-base", "--no-db", "--results", Results, "--out", html);

        Assert.Equal(ExitCodes.Ok, exit);
        var page = await File.ReadAllTextAsync(html);
        Assert.Contains("Comparison with the baseline: regression found", page, StringComparison.Ordinal);
        Assert.Contains("<section id=\"history\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_selector_that_matches_no_run_file_is_bad_input()
    {
        Assert.Equal(ExitCodes.BadInput, await Bench("report", "no-such-label", "--no-db", "--results", Results, "--out", Path.Combine(_folder, "x.html")));
        Assert.Equal(ExitCodes.BadInput, await Bench("report", "accepted", "--no-db", "--results", Results, "--out", Path.Combine(_folder, "x.html")));
        Assert.False(File.Exists(Path.Combine(_folder, "x.html")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<int> Bench(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return CommandRunner.InvokeAsync(root, args);
    }
}
