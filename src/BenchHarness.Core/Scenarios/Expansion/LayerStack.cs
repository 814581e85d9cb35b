using BenchHarness.Scenarios.Model;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Stacks launch layers (server, variant, <c>--set server.*</c>): each set field replaces the one below,
/// <c>env</c> merges by name, and argument edits apply in order: <c>args</c> (replace), <c>args_remove</c>,
/// <c>args_add</c>, <c>args_set</c>.
/// </summary>
public static class LayerStack
{
    public static ServerLayer Apply(ServerLayer lower, ServerLayer upper)
    {
        var args = (upper.Args ?? lower.Args ?? []).ToList();
        foreach (var flag in upper.ArgsRemove ?? [])
        {
            args = ServerArguments.Remove(args, flag);
        }

        args.AddRange(upper.ArgsAdd ?? []);
        foreach (var (flag, value) in upper.ArgsSet ?? [])
        {
            args = ServerArguments.Set(args, flag, value);
        }

        return new ServerLayer
        {
            Engine = upper.Engine ?? lower.Engine,
            Image = upper.Image ?? lower.Image,
            Binary = upper.Binary ?? lower.Binary,
            Model = upper.Model ?? lower.Model,
            ModelLayers = upper.ModelLayers ?? lower.ModelLayers,
            ModelFile = upper.ModelFile ?? lower.ModelFile,
            Args = args,
            Env = MergeEnvironment(lower.Env, upper.Env),
            Devices = upper.Devices ?? lower.Devices,
            Volumes = upper.Volumes ?? lower.Volumes,
            CapAdd = upper.CapAdd ?? lower.CapAdd,
            ShmSize = upper.ShmSize ?? lower.ShmSize,
            Memory = upper.Memory ?? lower.Memory,
            Host = upper.Host ?? lower.Host,
            Port = upper.Port ?? lower.Port,
            HostPort = upper.HostPort ?? lower.HostPort,
            HostNetwork = upper.HostNetwork ?? lower.HostNetwork,
            StartupTimeout = upper.StartupTimeout ?? lower.StartupTimeout,
            RpcServer = upper.RpcServer ?? lower.RpcServer,
            RpcPorts = upper.RpcPorts ?? lower.RpcPorts,
            Placement = upper.Placement ?? lower.Placement,
        };
    }

    private static IReadOnlyList<KeyValuePair<string, string>>? MergeEnvironment(
        IReadOnlyList<KeyValuePair<string, string>>? lower,
        IReadOnlyList<KeyValuePair<string, string>>? upper)
    {
        if (upper is null || lower is null)
        {
            return upper ?? lower;
        }

        var merged = lower.Where(l => upper.All(u => u.Key != l.Key)).ToList();
        merged.AddRange(upper);
        return merged;
    }
}
