using BenchHarness.Planning;
using BenchHarness.Servers;

namespace BenchHarness.Running.Layouts;

/// <summary>
/// The servers of one co-resident layout: a variant's and its companions', started one after another when the
/// layout's first plan runs (each the memory it needs before the next looks), kept up while every plan of the layout
/// is measured, and stopped and removed together at the end, in every path.
/// </summary>
internal sealed class LayoutServers(string layout, IReadOnlyList<VariantPlan> plans, VariantContext context, Action<string>? onStatus)
    : IAsyncDisposable
{
    private readonly List<(string Role, StartedServer Server)> _started = [];
    private readonly Dictionary<string, ServerLog> _logs = [];
    private Task? _starting;

    public string Name => layout;

    /// <summary>The roles in start order: the variant first, then each companion.</summary>
    public IReadOnlyList<VariantPlan> Roles { get; } = [.. plans.Where(p => p.Layout is { UnderLoad: false })];

    /// <summary>Where a role's server log goes; every plan of that role records it.</summary>
    public string LogFile(string role) =>
        $"{RunIds.Slug(LayoutRole.PlanName(layout, role, underLoad: false))}{context.LogSuffix}.log";

    public ServerLog Log(string role)
    {
        lock (_logs)
        {
            if (!_logs.TryGetValue(role, out var log))
            {
                log = new ServerLog(Path.Combine(context.Recorder.RunFolder, LogFile(role)));
                _logs[role] = log;
            }

            return log;
        }
    }

    /// <summary>The role's server, once every server of the layout is up; a failed start fails every later call too.</summary>
    public async Task<StartedServer> ServerAsync(string role, CancellationToken cancellationToken)
    {
        await (_starting ??= StartAllAsync(cancellationToken));
        return _started.Single(s => s.Role == role).Server;
    }

    /// <summary>Every other server of the layout serving its load; disposing stops the load.</summary>
    public async Task<IReadOnlyList<ServingLoad>> LoadOthersAsync(string role, CancellationToken cancellationToken)
    {
        var loads = new List<ServingLoad>();
        try
        {
            foreach (var other in Roles.Where(r => r.Layout!.Role != role))
            {
                var server = await ServerAsync(other.Layout!.Role, cancellationToken);
                onStatus?.Invoke($"{layout}: {other.Layout.Role} serves {other.Layout.Load.Concurrency} × '{other.Layout.Load.Prompt}' as load");
                loads.Add(await ServingLoad.StartAsync(other.Layout.Role, server.Http, other.Layout.Load, cancellationToken));
            }

            return loads;
        }
        catch
        {
            foreach (var load in loads)
            {
                await load.DisposeAsync();
            }

            throw;
        }
    }

    private async Task StartAllAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles)
        {
            var name = role.Layout!.Role;
            _started.Add((name, await StartedServer.StartAsync(role.Name, role.Launch, Log(name), context, onStatus, cancellationToken)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Companions first, the variant's server last: the reverse of the start.
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].Server.DisposeAsync();
        }

        foreach (var log in _logs.Values)
        {
            await log.DisposeAsync();
        }
    }
}
