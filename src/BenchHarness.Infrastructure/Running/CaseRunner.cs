using System.Diagnostics;
using BenchHarness.Planning;
using BenchHarness.Requests;
using BenchHarness.Results;
using BenchHarness.Servers;

namespace BenchHarness.Running;

/// <summary>
/// Sends one case to a ready server: its context filled to the case's depth first (untimed), then its request, or
/// <see cref="BenchCase.Concurrency"/> copies of it at once. A single request is paired with the server's own timing
/// lines for it (the next request the log reports); requests sent together carry their responses' timings, and
/// the runner waits for their log lines so the next case's pairing starts after them. A refused or malformed
/// request becomes a failed sample; a case that outlives its time limit fails its samples and ends the variant
/// (<see cref="RequestTimedOutException"/>); a server that died ends the variant.
/// </summary>
internal sealed class CaseRunner(IRunningServer server, HttpClient http, TimeSpan logPatience)
{
    private readonly ChatRequestDriver _driver = new(http);
    private readonly ContextFiller _filler = new(http);

    public async Task<IReadOnlyList<Sample>> RunAsync(BenchCase benchCase, CancellationToken cancellationToken)
    {
        var at = DateTimeOffset.UtcNow;
        using var limit = new LimitScope(benchCase.TimeLimit, cancellationToken);
        try
        {
            var measured = benchCase.Depth > 0 ? await FillAsync(benchCase, limit.Token) : benchCase;
            return benchCase.Concurrency > 1
                ? await RunTogetherAsync(measured, limit.Token)
                : [await RunOneAsync(measured, limit.Token)];
        }
        catch (OperationCanceledException) when (limit.Expired)
        {
            throw new RequestTimedOutException(SampleFactory.Failed(benchCase, limit.Describe($"request {benchCase.Key}") + "; the server is taken as hung", at));
        }
        catch (Exception e) when (e is HttpRequestException or InvalidDataException or System.Text.Json.JsonException or IOException)
        {
            if (await HasExitedAsync())
            {
                throw new ServerDiedException($"the server {await server.Exited} during case {benchCase.Key}.{Environment.NewLine}last log lines:{Environment.NewLine}{server.Log.Tail()}");
            }

            return [.. Lanes(benchCase).Select(lane => SampleFactory.Failed(benchCase, e.Message, at) with { Lane = lane })];
        }
    }

    /// <returns>The case with its filled body; the fill's own log lines are consumed so they pair with nothing.</returns>
    private async Task<BenchCase> FillAsync(BenchCase benchCase, CancellationToken cancellationToken)
    {
        var filled = await _filler.PrepareAsync(benchCase, cancellationToken);
        var logIndex = server.Log.RequestCount;
        var fills = await _filler.FillAsync(filled, benchCase.Concurrency, cancellationToken);
        await WaitForLogAsync(logIndex + fills - 1, cancellationToken);
        return benchCase with { RequestBody = filled.Body };
    }

    private async Task<Sample> RunOneAsync(BenchCase benchCase, CancellationToken cancellationToken)
    {
        var logIndex = server.Log.RequestCount;
        var at = DateTimeOffset.UtcNow;
        var outcome = await _driver.SendAsync(benchCase, cancellationToken);
        var timing = await server.Log.WaitForRequestAsync(logIndex, logPatience, cancellationToken);
        return DepthChecked(benchCase, SampleFactory.FromOutcome(benchCase, outcome, timing, at));
    }

    private async Task<IReadOnlyList<Sample>> RunTogetherAsync(BenchCase benchCase, CancellationToken cancellationToken)
    {
        var logIndex = server.Log.RequestCount;
        var at = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(Lanes(benchCase).Select(_ => _driver.SendAsync(benchCase, cancellationToken)));
        var seconds = clock.Elapsed.TotalSeconds;
        await WaitForLogAsync(logIndex + benchCase.Concurrency - 1, cancellationToken);
        var samples = outcomes.Select((outcome, i) => SampleFactory.FromOutcome(benchCase, outcome, null, at) with { Lane = i + 1 }).ToList();
        var batch = samples.Sum(s => s.GeneratedTokens) / seconds;
        return [.. samples.Select(s => DepthChecked(benchCase, s with { BatchTokensPerSecond = batch }))];
    }

    /// <summary>A depth the server did not hold is no measurement at that depth: the sample fails, saying what the server reused.</summary>
    private static Sample DepthChecked(BenchCase benchCase, Sample sample) =>
        benchCase.Depth > 0 && sample.CachedTokens is { } cached && cached != benchCase.Depth
            ? sample with { Error = $"the context held {cached} cached tokens before the request, not the depth {benchCase.Depth} asked for" }
            : sample;

    private Task WaitForLogAsync(int index, CancellationToken cancellationToken) =>
        server.Log.WaitForRequestAsync(index, logPatience, cancellationToken);

    private static IEnumerable<int?> Lanes(BenchCase benchCase) =>
        benchCase.Concurrency > 1 ? Enumerable.Range(1, benchCase.Concurrency).Select(i => (int?)i) : [null];

    /// <summary>A refused connection often arrives just before the exit is observed: give the exit a moment to show.</summary>
    private async Task<bool> HasExitedAsync()
    {
        try
        {
            await server.Exited.WaitAsync(TimeSpan.FromSeconds(2));
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
