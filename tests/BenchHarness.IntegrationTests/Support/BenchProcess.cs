using System.Diagnostics;
using System.Threading.Channels;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>
/// The real <c>bench</c> program running in the background, for drills that act while it works: its stderr lines
/// can be awaited one by one, and it can be killed without warning.
/// </summary>
internal sealed class BenchProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];
    private readonly Task<string> _output;
    private readonly Task _pump;

    private BenchProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _pump = PumpAsync();
    }

    public int Pid => _process.Id;

    public static BenchProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bench.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("BENCH_DB");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new BenchProcess(Process.Start(start)!);
    }

    /// <summary>Every stderr line so far, and after exit every line.</summary>
    public string Error
    {
        get
        {
            lock (_seen)
            {
                return string.Join('\n', _seen);
            }
        }
    }

    /// <summary>Waits for the first stderr line that matches; fails when the program ends or the patience runs out first.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan patience)
    {
        using var limit = new CancellationTokenSource(patience);
        try
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(limit.Token))
            {
                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no such line from bench within {patience}; it printed:\n{Error}");
        }

        throw new InvalidOperationException($"bench exited ({_process.ExitCode}) before printing such a line; it printed:\n{Error}");
    }

    public void KillWithoutWarning() => PosixSignals.Send(_process.Id, PosixSignals.Kill);

    public async Task<(int ExitCode, string Output)> WaitForExitAsync()
    {
        await _process.WaitForExitAsync();
        await _pump;
        return (_process.ExitCode, await _output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task PumpAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            lock (_seen)
            {
                _seen.Add(line);
            }

            await _lines.Writer.WriteAsync(line);
        }

        _lines.Writer.Complete();
    }
}
