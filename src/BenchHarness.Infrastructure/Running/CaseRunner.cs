using BenchHarness.Planning;
using BenchHarness.Requests;
using BenchHarness.Results;
using BenchHarness.Servers;

namespace BenchHarness.Running;

/// <summary>
/// Sends one case to a ready server and pairs the response with the server's own timing lines for it
/// (the next request the log reports). A refused or malformed request becomes a failed sample; a request that
/// outlives its time limit fails its sample and ends the variant (<see cref="RequestTimedOutException"/>);
/// a server that died ends the variant.
/// </summary>
internal sealed class CaseRunner(IRunningServer server, HttpClient http, TimeSpan logPatience)
{
    private readonly ChatRequestDriver _driver = new(http);

    public async Task<Sample> RunAsync(BenchCase benchCase, CancellationToken cancellationToken)
    {
        var logIndex = server.Log.RequestCount;
        var at = DateTimeOffset.UtcNow;
        using var limit = new LimitScope(benchCase.TimeLimit, cancellationToken);
        try
        {
            var outcome = await _driver.SendAsync(benchCase, limit.Token);
            var timing = await server.Log.WaitForRequestAsync(logIndex, logPatience, limit.Token);
            return SampleFactory.FromOutcome(benchCase, outcome, timing, at);
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

            return SampleFactory.Failed(benchCase, e.Message, at);
        }
    }

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
