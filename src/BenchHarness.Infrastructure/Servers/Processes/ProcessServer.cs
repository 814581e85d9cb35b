using System.Diagnostics;

namespace BenchHarness.Servers.Processes;

/// <summary>A llama-server child process. Both output streams are pumped line by line into the log.</summary>
internal sealed class ProcessServer : IRunningServer
{
    private static readonly TimeSpan GracefulStop = TimeSpan.FromSeconds(10);
    private readonly Process _process;
    private readonly Task _pumps;
    private readonly Task<ServerExit> _exited;
    private readonly ProcessTreeStats _stats;

    public ProcessServer(Process process, ServerLog log, Uri baseAddress)
    {
        _process = process;
        Log = log;
        BaseAddress = baseAddress;
        _stats = new ProcessTreeStats(process.Id);
        _pumps = Task.WhenAll(Pump(process.StandardOutput), Pump(process.StandardError));
        _exited = WaitForExitAsync();
    }

    public Uri BaseAddress { get; }
    public ServerLog Log { get; }
    public Task<ServerExit> Exited => _exited;
    public int ProcessId => _process.Id;

    public Task<ResourceReading> ReadResourcesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_stats.Read());

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_exited.IsCompleted)
        {
            Signals.Terminate(_process.Id);
            try
            {
                await _exited.WaitAsync(GracefulStop, cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                KillTree();
            }
        }

        KillTree(); // children that outlived the server
        await _exited;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync(CancellationToken.None);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void KillTree()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    private async Task<ServerExit> WaitForExitAsync()
    {
        await _process.WaitForExitAsync();
        await _pumps; // every line written before the exit reaches the log first
        return new ServerExit(_process.ExitCode, OomKilled: false);
    }

    private async Task Pump(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            Log.Append(line);
        }
    }
}
