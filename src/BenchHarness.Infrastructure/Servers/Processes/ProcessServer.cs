using BenchHarness.Servers.Ownership;
using CliWrap;

namespace BenchHarness.Servers.Processes;

/// <summary>
/// A llama-server child process run by CliWrap. Stop is graceful (SIGTERM, up to 10 s), then a kill of the whole
/// tree; the pid file goes once nothing is left running.
/// </summary>
internal sealed class ProcessServer : IRunningServer
{
    private static readonly TimeSpan GracefulStop = TimeSpan.FromSeconds(10);
    private readonly CommandTask<CommandResult> _running;
    private readonly CancellationTokenSource _kill;
    private readonly string? _pidFile;
    private readonly ProcessIdentity? _identity;
    private readonly ProcessTreeStats _stats;

    public ProcessServer(CommandTask<CommandResult> running, CancellationTokenSource kill, ServerLog log, Uri baseAddress, string? pidFile)
    {
        _running = running;
        _kill = kill;
        _pidFile = pidFile;
        Log = log;
        BaseAddress = baseAddress;
        ProcessId = running.ProcessId;
        _identity = ProcessIdentity.Of(ProcessId);
        _stats = new ProcessTreeStats(ProcessId);
        Exited = ExitOf(running);
    }

    public Uri BaseAddress { get; }
    public ServerLog Log { get; }
    public Task<ServerExit> Exited { get; }
    public int ProcessId { get; }

    public Task<ResourceReading> ReadResourcesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_stats.Read());

    /// <summary>Writes the pid file (when the start names a run folder) that lets a later run remove this server if we die.</summary>
    public async Task RecordOwnerAsync(ServerStart start, CancellationToken cancellationToken)
    {
        if (_pidFile is not null && _identity is not null)
        {
            await new ServerPidFile(_identity, ServerOwner.ThisHarness(start.RunId)).WriteAsync(_pidFile, cancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!Exited.IsCompleted)
        {
            Signals.Terminate(ProcessId);
            try
            {
                await Exited.WaitAsync(GracefulStop, cancellationToken);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                // killed below
            }
        }

        KillTree(); // the server if it ignored SIGTERM, and any child that outlived it
        await Exited;
        DeletePidFile();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync(CancellationToken.None);
        }
        finally
        {
            _kill.Dispose();
        }
    }

    private void KillTree()
    {
        if (_identity is not null)
        {
            ProcessTreeKiller.Kill(_identity);
        }

        _kill.Cancel(); // CliWrap's own kill, and it stops waiting for the pipes
    }

    private void DeletePidFile()
    {
        if (_pidFile is not null)
        {
            File.Delete(_pidFile);
        }
    }

    private static async Task<ServerExit> ExitOf(CommandTask<CommandResult> running)
    {
        try
        {
            // CliWrap completes after both pipes are drained: every line written before the exit is in the log.
            var result = await running;
            return new ServerExit(result.ExitCode, OomKilled: false);
        }
        catch (OperationCanceledException)
        {
            return new ServerExit(null, OomKilled: false); // killed by StopAsync
        }
    }
}
