using System.Diagnostics;
using System.Globalization;
using BenchHarness.Selection;
using BenchHarness.Storage;
using BenchHarness.Storage.Queries;
using BenchHarness.StorageBenchmark;
using Dapper;

// Usage: StorageBenchmark [--db CONNECTION] [--total SAMPLES]
// Without --db a throwaway local cluster is created under /tmp and removed afterwards.
// Step 1 inserts one run of 1,000,000 samples (binary COPY); step 2 fills the store with nightly-shaped runs of
// 2,000 samples up to --total (default 10,000,000); step 3 times the comparison query of one case set.
var options = args.Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
var total = long.Parse(options.GetValueOrDefault("--total", "10000000"), CultureInfo.InvariantCulture);
var cancel = CancellationToken.None;

string? scratch = null;
EmbeddedCluster? cluster = null;
var connectionString = options.GetValueOrDefault("--db");
if (connectionString is null)
{
    scratch = Directory.CreateDirectory(Path.Combine("/tmp", "benchharness-scale-" + Guid.NewGuid().ToString("N")[..8])).FullName;
    cluster = new EmbeddedCluster(Path.Combine(scratch, "pg"));
    connectionString = await cluster.StartAsync(cancel);
}

try
{
    var database = new BenchDatabase(connectionString);
    var store = new RunStore(database);
    var start = new DateTimeOffset(2020, 1, 1, 2, 0, 0, TimeSpan.Zero);

    // 1. One million samples in one COPY: 4 variants x 25 prompts x 2 thinking x 5,000 repeats.
    var big = SyntheticRuns.Create(0, variants: 4, prompts: 25, repeats: 5_000, start);
    var clock = Stopwatch.StartNew();
    await store.SaveAsync(big, cancel);
    Report("insert 1,000,000 samples (one run, binary COPY)", clock.Elapsed, 1_000_000);

    // 2. Fill to the total with nightly runs of 2,000 samples (4 variants x 25 prompts x 2 thinking x 10 repeats).
    var runs = (int)((total - 1_000_000) / 2_000);
    clock.Restart();
    var next = 0;
    await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
    {
        int index;
        while ((index = Interlocked.Increment(ref next)) <= runs)
        {
            await store.SaveAsync(SyntheticRuns.Create(index, 4, 25, 10, start.AddDays(index)), cancel);
        }
    }));
    Report($"insert {runs:N0} runs of 2,000 samples", clock.Elapsed, runs * 2_000L);

    await using (var connection = await database.OpenAsync(cancel))
    {
        await connection.ExecuteAsync("ANALYZE sample");
        var count = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM sample");
        var size = await connection.ExecuteScalarAsync<string>("SELECT pg_size_pretty(pg_database_size(current_database()))");
        Console.WriteLine($"store: {count:N0} samples, {size}");
    }

    // 3. One comparison: both sides' samples, grouped by case. Median of 7 after one warm-up.
    var queries = new SampleQueries(database);
    await TimeAsync("compare run id vs run id (2 x 2,000 samples)", RunSelector.Parse($"scale-{runs / 2:D6}"), RunSelector.Parse($"scale-{runs:D6}"));
    await TimeAsync("compare label vs label (2 x 7 runs)", RunSelector.Parse($"week-{runs / 14}"), RunSelector.Parse($"week-{(runs / 7) - 1}"));
    await TimeAsync("compare commit: vs latest", RunSelector.Parse($"commit:{runs / 60:x4}abc"), RunSelector.Parse("latest"));
    var history = Stopwatch.StartNew();
    var points = await new HistoryQueries(database).PointsAsync(new SampleFilter("scale", "variant-0", "prompt-3"), cancel);
    Console.WriteLine($"history of one prompt of one variant ({points.Count:N0} points): {history.Elapsed.TotalMilliseconds:F0} ms");

    async Task TimeAsync(string name, RunSelector baseline, RunSelector candidate)
    {
        var times = new List<double>();
        var samples = 0;
        for (var i = 0; i < 8; i++)
        {
            var watch = Stopwatch.StartNew();
            var sides = await Task.WhenAll(
                queries.CaseSamplesAsync(baseline, SampleFilter.All, cancel),
                queries.CaseSamplesAsync(candidate, SampleFilter.All, cancel));
            times.Add(watch.Elapsed.TotalMilliseconds);
            samples = sides.Sum(side => side.Sum(c => c.Tg.Count));
        }

        var median = times.Skip(1).Order().ElementAt(3);
        Console.WriteLine($"{name}: {samples:N0} measured samples, median {median:F1} ms (first {times[0]:F1} ms)");
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

static void Report(string what, TimeSpan elapsed, long samples) =>
    Console.WriteLine($"{what}: {elapsed.TotalSeconds:F1} s ({samples / elapsed.TotalSeconds:N0} samples/s)");
