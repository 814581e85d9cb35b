using BenchHarness.Planning;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Model;

/// <summary>
/// One layer of launch settings: the scenario's <c>server</c>, a variant, or <c>--set server.*</c>. Every field
/// is optional; layers stack in that order, later ones replacing fields (environment merges) and editing arguments.
/// </summary>
public sealed record ServerLayer
{
    public EngineKind? Engine { get; init; }
    public string? Image { get; init; }
    public YamlScalar? Binary { get; init; }
    public YamlScalar? Model { get; init; }
    public int? ModelLayers { get; init; }

    /// <summary>A host path of the GGUF model whose block count bounds placement layers when <see cref="ModelLayers"/> is not given.</summary>
    public YamlScalar? ModelFile { get; init; }
    public IReadOnlyList<string>? Args { get; init; }
    public IReadOnlyList<string>? ArgsAdd { get; init; }
    public IReadOnlyList<string>? ArgsRemove { get; init; }
    public IReadOnlyList<KeyValuePair<string, string?>>? ArgsSet { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>>? Env { get; init; }
    public IReadOnlyList<string>? Devices { get; init; }
    public IReadOnlyList<VolumeMount>? Volumes { get; init; }
    public IReadOnlyList<string>? CapAdd { get; init; }
    public string? ShmSize { get; init; }

    /// <summary>Container memory limit (<c>64g</c>, <c>512m</c>); past it the kernel OOM-kills the server.</summary>
    public string? Memory { get; init; }
    public string? Host { get; init; }

    /// <summary>The port llama-server listens on; 0 means <c>auto</c> (a free port chosen at run time).</summary>
    public int? Port { get; init; }

    public int? HostPort { get; init; }
    public bool? HostNetwork { get; init; }
    public TimeSpan? StartupTimeout { get; init; }
    public Placement? Placement { get; init; }

    /// <summary>The rpc-server binary (ggml's RPC backend) the harness starts once per <see cref="RpcPorts"/> entry.</summary>
    public YamlScalar? RpcServer { get; init; }

    /// <summary>Loopback ports of the RPC devices: the server sees them as <c>RPC0[127.0.0.1:PORT]</c>, in this order.</summary>
    public IReadOnlyList<int>? RpcPorts { get; init; }

    public static ServerLayer Empty { get; } = new();
}
