using BenchHarness.Planning;
using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Schema;

/// <summary>Reads launch settings, shared by <c>server</c>, each variant and <c>--set server.*</c>.</summary>
public static class ServerLayerReader
{
    public static readonly string[] Keys =
    [
        "engine", "image", "binary", "model", "model_layers", "model_file", "args", "args_add", "args_remove", "args_set", "env",
        "devices", "volumes", "cap_add", "shm_size", "memory", "host", "port", "host_port", "network", "startup_timeout", "placement",
        "rpc_server", "rpc_ports",
    ];

    private const int MaxPort = 65_535;

    public static ServerLayer Read(FieldReader reader, YamlMap map, string path, string scenarioFile)
    {
        string P(string key) => VariableExpander.Join(path, key);
        return new ServerLayer
        {
            Engine = Engine(reader, map["engine"], P("engine")),
            Image = reader.String(map["image"], P("image")),
            Binary = reader.Scalar(map["binary"], P("binary"), "a path"),
            Model = reader.Scalar(map["model"], P("model"), "a path"),
            ModelLayers = reader.Int(map["model_layers"], P("model_layers"), minimum: 1, maximum: ScenarioLimits.MaxLayer + 1),
            ModelFile = reader.Scalar(map["model_file"], P("model_file"), "a path"),
            Args = reader.Strings(map["args"], P("args")),
            ArgsAdd = reader.Strings(map["args_add"], P("args_add")),
            ArgsRemove = reader.Strings(map["args_remove"], P("args_remove")),
            ArgsSet = reader.ScalarMap(map["args_set"], P("args_set"))?
                .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.IsNull ? null : p.Value.Text)).ToList(),
            Env = reader.ScalarMap(map["env"], P("env"))?.Select(p => new KeyValuePair<string, string>(p.Key, p.Value.Text)).ToList(),
            Devices = reader.Strings(map["devices"], P("devices"))?.Select(DeviceNames.ToCdi).ToList(),
            Volumes = Volumes(reader, map["volumes"], P("volumes"), scenarioFile),
            CapAdd = reader.Strings(map["cap_add"], P("cap_add")),
            ShmSize = reader.String(map["shm_size"], P("shm_size")),
            Memory = reader.String(map["memory"], P("memory")),
            Host = reader.String(map["host"], P("host")),
            Port = Port(reader, map["port"], P("port")),
            HostPort = reader.Int(map["host_port"], P("host_port"), minimum: 1, maximum: MaxPort),
            HostNetwork = Network(reader, map["network"], P("network")),
            StartupTimeout = reader.Duration(map["startup_timeout"], P("startup_timeout")),
            Placement = PlacementReader.Read(reader, map["placement"], P("placement")),
            RpcServer = reader.Scalar(map["rpc_server"], P("rpc_server"), "a path"),
            RpcPorts = RpcPorts(reader, map["rpc_ports"], P("rpc_ports")),
        };
    }

    private static EngineKind? Engine(FieldReader reader, YamlValue? value, string path)
    {
        var scalar = reader.Scalar(value, path, "an engine name");
        switch (scalar?.Text)
        {
            case null:
                return null;
            case "podman":
                return EngineKind.Podman;
            case "docker":
                return EngineKind.Docker;
            case "process":
                return EngineKind.Process;
            default:
                reader.Fail(scalar, path, $"unknown engine '{scalar.Text}'; expected podman, docker or process");
                return null;
        }
    }

    private static IReadOnlyList<int>? RpcPorts(FieldReader reader, YamlValue? value, string path)
    {
        var ports = reader.Scalars(value, path)?.Select(scalar => reader.Int(scalar, path, minimum: 1, maximum: MaxPort)).ToList();
        if (ports is not null && ports.Count != ports.Distinct().Count() && value is not null)
        {
            reader.Fail(value, path, "each RPC device needs a port of its own");
        }

        return ports?.OfType<int>().ToList();
    }

    private static int? Port(FieldReader reader, YamlValue? value, string path) =>
        value is YamlScalar { Text: "auto" } ? 0 : reader.Int(value, path, minimum: 1, maximum: MaxPort);

    private static bool? Network(FieldReader reader, YamlValue? value, string path)
    {
        var scalar = reader.Scalar(value, path, "host or bridge");
        if (scalar is null || scalar.Text is "host" or "bridge")
        {
            return scalar is null ? null : scalar.Text == "host";
        }

        reader.Fail(scalar, path, $"unknown network '{scalar.Text}'; expected host or bridge");
        return null;
    }

    private static IReadOnlyList<VolumeMount>? Volumes(FieldReader reader, YamlValue? value, string path, string scenarioFile)
    {
        var scalars = reader.Scalars(value, path);
        if (scalars is null)
        {
            return null;
        }

        var mounts = new List<VolumeMount>();
        for (var i = 0; i < scalars.Count; i++)
        {
            var parts = scalars[i].Text.Split(':');
            if (parts.Length is < 2 or > 3 || parts.Take(2).Any(p => p.Length == 0))
            {
                reader.Fail(scalars[i], $"{path}[{i}]", $"'{scalars[i].Text}' is not host:container[:options]");
                continue;
            }

            var host = parts[0].StartsWith('.') ? ScenarioPaths.Resolve(parts[0], scalars[i].Mark, scenarioFile) : parts[0];
            mounts.Add(new VolumeMount(host, parts[1], parts.Length == 3 ? parts[2] : ""));
        }

        return mounts;
    }
}
