namespace BenchHarness.IntegrationTests.Support;

/// <summary>Waits for a state another process reaches in its own time (a file written, a server listening), with a deadline.</summary>
internal static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what)
        where T : class
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{what} did not happen within {timeout.TotalSeconds:0} s");
    }

    public static Task TrueAsync(Func<Task<bool>> probe, TimeSpan timeout, string what) =>
        ValueAsync<object>(async () => await probe() ? new object() : null, timeout, what);

    public static Task TrueAsync(Func<bool> probe, TimeSpan timeout, string what) =>
        TrueAsync(() => Task.FromResult(probe()), timeout, what);

    public static async Task<bool> AnswersHealthAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = await http.GetAsync($"http://127.0.0.1:{port}/health");
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
