using BenchHarness.IntegrationTests.Support;
using Microsoft.Playwright;

namespace BenchHarness.IntegrationTests.Reports;

/// <summary>
/// Debian's chromium, headless, driven by Playwright through its executable path (no browser is downloaded). A page
/// opened here records console errors and every request that is not for a file; such requests are refused.
/// </summary>
public sealed class ReportBrowser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where each report kind's screenshot is kept, as a test artefact.</summary>
    public static string ScreenshotFolder => Path.Combine(TestAssets.RepositoryRoot, "artifacts", "test-results", "screenshots");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"], // the tests run as root, where chromium's sandbox cannot start
        });
    }

    public async Task<OpenedReport> OpenAsync(string htmlFile, string screenshotName)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        var leaving = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                leaving.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await page.GotoAsync(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, screenshotName + ".png"), FullPage = true });
        return new OpenedReport(page, context, errors, leaving);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>A report open in the browser: what it logged and requested, and what it shows.</summary>
public sealed record OpenedReport(IPage Page, IBrowserContext Context, IReadOnlyList<string> ConsoleErrors, IReadOnlyList<string> RequestsLeavingTheFile) : IAsyncDisposable
{
    /// <summary>Id of each plot whose image decoded (non-zero natural width).</summary>
    public async Task<IReadOnlyList<string>> DrawnPlotsAsync() =>
        await Page.EvalOnSelectorAllAsync<string[]>("figure.plot", "figures => figures.filter(f => f.querySelector('img').naturalWidth > 0).map(f => f.id)");

    /// <summary>A table's text as the page shows it: the header, then each row.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> TableAsync(string id) =>
        await Page.EvalOnSelectorAsync<string[][]>($"#table-{id}", "table => [...table.rows].map(row => [...row.cells].map(cell => cell.textContent))");

    /// <summary>The named column of a table, keyed by the row's first columns joined with a space.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ColumnAsync(string table, string column, int keyColumns)
    {
        var rows = await TableAsync(table);
        var index = rows[0].ToList().IndexOf(column);
        Assert.True(index >= 0, $"table {table} has no column '{column}': {string.Join(", ", rows[0])}");
        return rows.Skip(1).ToDictionary(r => string.Join(" ", r.Take(keyColumns)), r => r[index]);
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
