using BenchHarness.Planning;
using BenchHarness.Requests;
using BenchHarness.Results;
using BenchHarness.Servers;

namespace BenchHarness.Running;

/// <summary>
/// Sends one case to a ready server and pairs the response with the server's own timing lines for it
/// (the next request the log reports). A failed request becomes a sample with its error; a server that
/// died ends the variant.
/// </summary>
internal sealed class CaseRunner(IRunningServer server, HttpClient http, TimeSpan logPatience)
{
    private readonly ChatRequestDriver _driver = new(http);

    public async Task<Sample> RunAsync(BenchCase benchCase, CancellationToken cancellationToken)
    {
        var logIndex = server.Log.RequestCount;
        var at = DateTimeOffset.UtcNow;
        try
        {
            var outcome = await _driver.SendAsync(benchCase, cancellationToken);
            var timing = await server.Log.WaitForRequestAsync(logIndex, logPatience, cancellationToken);
            return Running.SampleFactory.FromOutcome(benchCase, outcome, timing, at);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidDataException or System.Text.Json.JsonException or IOException)
        {
            if (await HasExitedAsync())
            {
                throw new ServerDiedException($"the server {await server.Exited} during case {benchCase.Key}.{Environment.NewLine}last log lines:{Environment.NewLine}{server.Log.Tail()}");
            }

            return Running.SampleFactory.Failed(benchCase, e.Message, at);
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
