using BenchHarness.IntegrationTests.Storage;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Reports;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.IntegrationTests.Reports;

/// <summary>
/// Real reports of each kind, made by the real <c>bench</c> against the real llama-server without a database: three
/// <c>bench run</c>s of a smoke-like scenario (each leaves its report.html), a one-round <c>bench ab</c> session (its
/// report beside its last run), and <c>bench report latest --no-db</c> over the three runs (their history); and the
/// browser that opens them.
/// </summary>
public sealed class ReportFixture : IAsyncLifetime
{
    private readonly string _folder = TestAssets.TempFolder("bench-report");

    public ReportBrowser Browser { get; } = new();
    public string Results => Path.Combine(_folder, "results");
    public string AbResults => Path.Combine(_folder, "ab");
    public string HistoryHtml => Path.Combine(_folder, "history.html");
    public string HistoryMarkdown => Path.Combine(_folder, "history.md");
    public IReadOnlyList<RunResult> Runs { get; private set; } = [];
    public IReadOnlyList<RunResult> AbRuns { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var scenario = Path.Combine(_folder, "smoke-like.yaml");
        await File.WriteAllTextAsync(scenario, $$"""
            name: smoke-like
            server:
              engine: process
              binary: {{TestAssets.LlamaServer}}
              model: {{TestAssets.Model}}
              host: 127.0.0.1
              port: auto
              startup_timeout: 2m
              args: [-c, 2048, -t, 1, -ngl, 0, --parallel, 1]
            variants:
              - name: default
              - name: cpu-moe
                args_add: [--cpu-moe]
            prompts:
              - name: short
                max_tokens: 16
                messages: [{role: user, content: Count from one to ten.}]
            sampling: {temperature: 0.0, seed: 42}
            thinking: [false, true]
            repeats: 2
            warmup: 1
            stream: true
            """);
        for (var i = 0; i < 3; i++)
        {
            await BenchAsync("run", scenario, "--results", Results, "--no-db", "--label", "report-spec");
        }

        await BenchAsync("ab", scenario, "--a", TestAssets.LlamaServer, "--b", TestAssets.LlamaServer, "--rounds", "1", "--variant", "default", "--label", "report-ab", "--results", AbResults, "--no-db");
        await BenchAsync("report", "latest", "--no-db", "--results", Results, "--out", HistoryHtml, "--markdown", HistoryMarkdown);
        Runs = await RunFolders.ReadAllAsync(Results, _ => { }, CancellationToken.None);
        AbRuns = await RunFolders.ReadAllAsync(AbResults, _ => { }, CancellationToken.None);
        await Browser.InitializeAsync();
    }

    public string ReportOf(string resultsRoot, RunResult run) => Path.Combine(resultsRoot, run.RunId, ReportFiles.HtmlFileName);

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task BenchAsync(params string[] arguments)
    {
        var result = await BenchCli.RunAsync(new Dictionary<string, string?> { ["BENCH_MACHINE_LOCK"] = Path.Combine(_folder, "machine.lock") }, arguments);
        Assert.True(result.ExitCode == 0, $"bench {string.Join(' ', arguments)} exited {result.ExitCode}:\n{result.Error}");
    }
}
