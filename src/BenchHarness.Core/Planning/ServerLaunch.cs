namespace BenchHarness.Planning;

/// <summary>
/// Everything needed to start one llama-server, fully expanded. <see cref="ServerArgs"/> is exactly the
/// argument list llama-server receives: it is passed as an array, never through a shell.
/// </summary>
public sealed record ServerLaunch
{
    public required EngineKind Engine { get; init; }

    /// <summary>The image for container engines; null for <see cref="EngineKind.Process"/>.</summary>
    public string? Image { get; init; }

    /// <summary>The llama-server executable for <see cref="EngineKind.Process"/>; null for containers (the image's entrypoint runs).</summary>
    public string? Binary { get; init; }

    public required IReadOnlyList<string> ServerArgs { get; init; }

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>GPU devices: CDI names such as <c>nvidia.com/gpu=all</c> or <c>nvidia.com/gpu=1</c>.</summary>
    public IReadOnlyList<string> Devices { get; init; } = [];

    public IReadOnlyList<VolumeMount> Volumes { get; init; } = [];

    /// <summary>Extra capabilities for containers (e.g. <c>SYS_NICE</c>).</summary>
    public IReadOnlyList<string> CapAdd { get; init; } = [];

    /// <summary>Shared memory size for containers, e.g. <c>16g</c>; null leaves the engine's default.</summary>
    public string? ShmSize { get; init; }

    /// <summary>Memory limit for containers, e.g. <c>64g</c>; the kernel OOM-kills the server past it. Null: no limit.</summary>
    public string? Memory { get; init; }

    /// <summary>Use the host's network namespace instead of publishing a port.</summary>
    public bool HostNetwork { get; init; }

    /// <summary>The port the client connects to on the host.</summary>
    public required int HostPort { get; init; }

    /// <summary>The port llama-server listens on (inside the container when one is used).</summary>
    public required int ServerPort { get; init; }

    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Working folder for <see cref="EngineKind.Process"/>; null means the current folder.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>A host path of the GGUF (the scenario's <c>model_file</c>), for reading its header where <see cref="ModelPath"/> is inside a container.</summary>
    public string? ModelFile { get; init; }

    /// <summary>The server that reads the tensor overrides (the scenario's <c>placement.family</c>): it decides their order.</summary>
    public Scenarios.Model.ServerFamily Family { get; init; }

    /// <summary>RPC devices to start with this server; their endpoints are already in <see cref="ServerArgs"/> as <c>--rpc</c>.</summary>
    public RpcDevices? Rpc { get; init; }

    /// <summary>Model file path as llama-server sees it (from <c>-m</c>/<c>--model</c>), when given.</summary>
    public string? ModelPath => ServerArgumentList.ValueOf(ServerArgs, "-m", "--model");

    /// <summary>True when the scenario said <c>port: auto</c>: the runner picks a free port and calls <see cref="WithPort"/>.</summary>
    public bool AutoPort => ServerPort == 0;

    /// <summary>This launch listening on <paramref name="port"/>: the <c>--port</c> value and both ports follow.</summary>
    public ServerLaunch WithPort(int port)
    {
        var args = ServerArgs.ToList();
        var index = args.IndexOf("--port");
        var text = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (index >= 0 && index + 1 < args.Count)
        {
            args[index + 1] = text;
        }
        else
        {
            args.AddRange(["--port", text]);
        }

        return this with { ServerArgs = args, ServerPort = port, HostPort = HostPort == 0 || HostPort == ServerPort ? port : HostPort };
    }
}
