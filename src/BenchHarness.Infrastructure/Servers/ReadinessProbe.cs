using System.Diagnostics;
using System.Net;

namespace BenchHarness.Servers;

/// <summary>
/// Waits until llama-server answers 200 on <c>/health</c> (it answers 503 while loading). Fails at once when
/// the server exits or logs a fatal error, and after the startup timeout; the message includes the log's tail.
/// </summary>
public static class ReadinessProbe
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <returns>Launch to ready.</returns>
    public static async Task<TimeSpan> WaitAsync(IRunningServer server, HttpClient http, TimeSpan timeout, Stopwatch sinceLaunch, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Max(timeout - sinceLaunch.Elapsed, TimeSpan.Zero));
        using var timer = new PeriodicTimer(PollInterval);

        // Wakes the wait below at once when the server exits or logs a fatal error, rather than at the next poll.
        var failing = Task.WhenAny(server.Exited, FatalLineAsync(server, deadline.Token));
        try
        {
            while (true)
            {
                ThrowIfFailed(server);
                if (await IsHealthyAsync(http, deadline.Token))
                {
                    return sinceLaunch.Elapsed;
                }

                await Task.WhenAny(timer.WaitForNextTickAsync(deadline.Token).AsTask(), failing);
                deadline.Token.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ThrowIfFailed(server);
            throw new ServerStartException($"not ready after {timeout.TotalSeconds:0} s (startup timeout).{Tail(server)}");
        }
        finally
        {
            await deadline.CancelAsync(); // ends the fatal-line watcher
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static void ThrowIfFailed(IRunningServer server)
    {
        if (server.Exited.IsCompletedSuccessfully)
        {
            throw new ServerStartException($"the server {server.Exited.Result} while starting.{Tail(server)}");
        }

        // A backend that failed to start while the server went on (a CPU fallback) is reported, not fatal.
        var fatal = server.Log.Report.Failures.FirstOrDefault(failure => failure.Fatal);
        if (fatal is not null)
        {
            throw new ServerStartException($"the server failed while starting: {fatal.Message}.{Tail(server)}");
        }
    }

    private static async Task FatalLineAsync(IRunningServer server, CancellationToken cancellationToken)
    {
        while (!server.Log.Report.Failures.Any(failure => failure.Fatal))
        {
            await server.Log.NextLineAsync(cancellationToken);
        }
    }

    private static async Task<bool> IsHealthyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("health", cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }

    private static string Tail(IRunningServer server) =>
        $"{Environment.NewLine}last log lines:{Environment.NewLine}{server.Log.Tail()}";
}
