using System.Diagnostics;
using System.Globalization;
using BenchHarness.Comparison.History;
using BenchHarness.Selection;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;
using BenchHarness.StorageBenchmark;
using Dapper;
using Npgsql;

// Usage: StorageBenchmark [--db CONNECTION] [--runs 365] [--samples 1000000] [--rounds 2] [--explain true]
// Without --db a throwaway local cluster is created under /tmp and removed afterwards. Two databases are made
// side by side: "legacy" (the store before migration 0002, see LegacyStore) and "current"; every step runs on
// both in the same process, alternating which goes first, and reports current ÷ legacy.
// 1. a year of nightlies: --runs runs of 100 cases (5 variants x 10 prompts x thinking off/on) x 10 measured
//    samples (+1 warm-up); 2. `bench history` over it; 3. the comparison query; 4. one run of --samples samples.
var options = args.Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
var yearRuns = int.Parse(options.GetValueOrDefault("--runs", "365"), CultureInfo.InvariantCulture);
var bigSamples = int.Parse(options.GetValueOrDefault("--samples", "1000000"), CultureInfo.InvariantCulture);
var rounds = int.Parse(options.GetValueOrDefault("--rounds", "2"), CultureInfo.InvariantCulture);
var explain = options.GetValueOrDefault("--explain") == "true";
var cancel = CancellationToken.None;

string? scratch = null;
EmbeddedCluster? cluster = null;
var server = options.GetValueOrDefault("--db");
if (server is null)
{
    scratch = Directory.CreateDirectory(Path.Combine("/tmp", "benchharness-scale-" + Guid.NewGuid().ToString("N")[..8])).FullName;
    cluster = new EmbeddedCluster(Path.Combine(scratch, "pg"));
    server = await cluster.StartAsync(cancel);
}

try
{
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Trim()}");
    var legacy = new LegacyStore(await ScratchDatabaseAsync(server, "bench_scale_legacy"));
    await legacy.MigrateAsync(cancel);
    var database = new BenchDatabase(await ScratchDatabaseAsync(server, "bench_scale_current"));
    var store = new RunStore(database);
    var start = new DateTimeOffset(2025, 1, 1, 2, 0, 0, TimeSpan.Zero);

    // 1. A year of nightlies, one run at a time as `bench run` stores them.
    var year = new Timings("store a year of nightlies, per run of 1,100 samples", 1_100);
    for (var index = 0; index < yearRuns; index++)
    {
        var run = SyntheticRuns.Create(index, variants: 5, prompts: 10, repeats: 11, start.AddDays(index));
        await year.TimeAsync(index % 2 == 0, () => legacy.SaveAsync(run, cancel), () => store.SaveAsync(run, cancel));
    }

    year.Report();
    await AnalyzeAsync(legacy.OpenAsync(cancel));
    await AnalyzeAsync(database.OpenAsync(cancel));

    // 2. `bench history`: the query, then the change-point analysis the command runs on its points.
    var legacyPoints = await legacy.HistoryAsync(SampleFilter.All, cancel);
    var currentPoints = await new HistoryQueries(database).PointsAsync(SampleFilter.All, cancel);
    var largest = legacyPoints.Zip(currentPoints, (a, b) => Math.Abs(a.TgMedian - b.TgMedian)).DefaultIfEmpty().Max();
    Console.WriteLine($"history points: legacy {legacyPoints.Count:N0}, current {currentPoints.Count:N0}, largest median difference {largest:G3}");
    var history = new Timings($"history query, every case ({currentPoints.Count:N0} points)", 0);
    var whole = new Timings("bench history, every case: query + change points", 0);
    var oneCase = new SampleFilter("scale", "variant-0", "prompt-3");
    var single = new Timings("history query, one prompt of one variant", 0);
    for (var i = 0; i < 8; i++)
    {
        await history.TimeAsync(i % 2 == 0, () => legacy.HistoryAsync(SampleFilter.All, cancel), () => new HistoryQueries(database).PointsAsync(SampleFilter.All, cancel));
        await whole.TimeAsync(
            i % 2 == 0,
            async () => CaseHistory.From(await legacy.HistoryAsync(SampleFilter.All, cancel)),
            async () => CaseHistory.From(await new HistoryQueries(database).PointsAsync(SampleFilter.All, cancel)));
        await single.TimeAsync(i % 2 == 0, () => legacy.HistoryAsync(oneCase, cancel), () => new HistoryQueries(database).PointsAsync(oneCase, cancel));
    }

    // The current query against the one it replaced (names as text on every point), both on the current store;
    // "legacy" in this line is that previous query.
    var previous = new PreviousHistoryQuery(database);
    var previousPoints = await previous.PointsAsync(SampleFilter.All, cancel);
    Console.WriteLine($"previous history query: {previousPoints.Count:N0} points, same as current: {previousPoints.SequenceEqual(currentPoints)}");
    var keyed = new Timings("history query, every case: keys then names (current) vs names on every point (previous)", 0);
    var keyedWhole = new Timings("bench history, every case, query + change points: current vs previous query", 0);
    for (var i = 0; i < 8; i++)
    {
        await keyed.TimeAsync(i % 2 == 0, () => previous.PointsAsync(SampleFilter.All, cancel), () => new HistoryQueries(database).PointsAsync(SampleFilter.All, cancel));
        await keyedWhole.TimeAsync(
            i % 2 == 0,
            async () => CaseHistory.From(await previous.PointsAsync(SampleFilter.All, cancel)),
            async () => CaseHistory.From(await new HistoryQueries(database).PointsAsync(SampleFilter.All, cancel)));
    }

    history.ReportMedian(skipFirst: 2);
    whole.ReportMedian(skipFirst: 2);
    single.ReportMedian(skipFirst: 2);
    keyed.ReportMedian(skipFirst: 2);
    keyedWhole.ReportMedian(skipFirst: 2);
    var analysis = Stopwatch.StartNew();
    CaseHistory.From(currentPoints);
    Console.WriteLine($"change points alone over {currentPoints.Count:N0} points: {analysis.Elapsed.TotalMilliseconds:F1} ms");
    if (explain)
    {
        await ExplainAsync("legacy", legacy.OpenAsync(cancel), LegacyStore.HistorySql);
        await ExplainAsync("current", database.OpenAsync(cancel), HistoryQueries.Sql);
    }

    // 3. The comparison query (unchanged by 0002), on the current store only: it must stay fast without the dropped index.
    var queries = new SampleQueries(database);
    await TimeCompareAsync("compare run id vs run id", $"scale-{yearRuns / 2:D6}", $"scale-{yearRuns - 1:D6}");
    await TimeCompareAsync("compare label vs label (7 runs each)", $"week-{yearRuns / 14}", $"week-{(yearRuns / 7) - 1}");

    // 4. One run of a million samples (4 variants x 25 prompts x thinking off/on x repeats).
    var big = SyntheticRuns.Create(1_000_000, variants: 4, prompts: 25, repeats: bigSamples / 200, start.AddDays(yearRuns));
    var hash = Stopwatch.StartNew();
    RunContentHash.Of(big);
    Console.WriteLine($"content hash of that run (both paths pay it): {hash.Elapsed.TotalSeconds:F2} s");
    var insert = new Timings($"insert one run of {bigSamples:N0} samples", bigSamples);
    for (var round = 0; round < rounds; round++)
    {
        var run = big with { RunId = $"big-{round}" };
        await insert.TimeAsync(round % 2 == 0, () => legacy.SaveAsync(run, cancel), () => store.SaveAsync(run, cancel));
    }

    insert.Report();

    async Task TimeCompareAsync(string name, string baseline, string candidate)
    {
        var times = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(
                queries.CaseSamplesAsync(RunSelector.Parse(baseline), SampleFilter.All, cancel),
                queries.CaseSamplesAsync(RunSelector.Parse(candidate), SampleFilter.All, cancel));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{name}: median {times.Skip(1).Order().ElementAt(3):F1} ms (first {times[0]:F1} ms)");
    }
}
finally
{
    if (cluster is not null)
    {
        await cluster.StopAsync(cancel);
        Directory.Delete(scratch!, recursive: true);
    }
}

// A fresh database of that name on the server; its connection string.
static async Task<string> ScratchDatabaseAsync(string server, string name)
{
    await using (var connection = new NpgsqlConnection(server))
    {
        await connection.OpenAsync();
        await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {name}"); // a constant name: identifiers cannot be parameters
        await connection.ExecuteAsync($"CREATE DATABASE {name}");
    }

    return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
}

static async Task AnalyzeAsync(Task<NpgsqlConnection> opening)
{
    await using var connection = await opening;
    await connection.ExecuteAsync("VACUUM (ANALYZE)"); // as autovacuum would have by then: statistics and the visibility map
}

static async Task ExplainAsync(string name, Task<NpgsqlConnection> opening, string sql)
{
    await using var connection = await opening;
    var plan = await connection.QueryAsync<string>(
        "EXPLAIN (ANALYZE, BUFFERS) " + sql, new { scenario = (string?)null, variant = (string?)null, prompt = (string?)null });
    Console.WriteLine($"--- EXPLAIN ANALYZE history, {name}");
    Console.WriteLine(string.Join('\n', plan));
}
