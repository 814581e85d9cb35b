using BenchHarness.Planning;
using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Schema;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Turns a variant's stacked settings into the exact <see cref="ServerLaunch"/>: <c>-m model</c> first, the
/// arguments with placement overrides in place, then <c>--host</c>/<c>--port</c>. Checks what only the whole stack knows.
/// </summary>
public sealed class LaunchComposer(FieldReader reader, string scenarioFile, IScenarioFiles files)
{
    public const int LlamaServerDefaultPort = 8080;
    public static readonly TimeSpan DefaultStartupTimeout = TimeSpan.FromMinutes(10);

    public ServerLaunch? Compose(ServerLayer layer, SourceMark serverMark)
    {
        var engine = layer.Engine;
        if (engine is null)
        {
            reader.Fail(serverMark, "server.engine", "required (podman, docker or process)");
            return null;
        }

        var container = engine is not EngineKind.Process;
        if (container && layer.Image is null)
        {
            reader.Fail(serverMark, "server.image", $"required when the engine is {engine.Value.ToString().ToLowerInvariant()}");
        }

        if (!container && layer.Binary is null)
        {
            reader.Fail(serverMark, "server.binary", "required when the engine is process");
        }

        CheckLayerRange(layer);
        var rpc = Rpc(layer, container, serverMark);
        var args = ArgumentList(layer, container);
        if (rpc is not null)
        {
            // llama.cpp parses in order and knows an RPC device's buffer type only after --rpc: it goes before any -ot.
            args.InsertRange(args.IndexOf("-m") is >= 0 and var model ? model + 2 : 0, ["--rpc", string.Join(',', rpc.Endpoints)]);
        }

        var serverPort = layer.Port ?? PortFrom(args) ?? LlamaServerDefaultPort;
        var hostNetwork = layer.HostNetwork ?? false;
        return new ServerLaunch
        {
            Engine = engine.Value,
            Image = container ? layer.Image : null,
            Binary = container || layer.Binary is null ? null : ScenarioPaths.Resolve(layer.Binary.Text, layer.Binary.Mark, scenarioFile),
            ServerArgs = args,
            Environment = (layer.Env ?? []).ToDictionary(p => p.Key, p => p.Value),
            Devices = layer.Devices ?? [],
            Volumes = layer.Volumes ?? [],
            CapAdd = layer.CapAdd ?? [],
            ShmSize = layer.ShmSize,
            Memory = layer.Memory,
            HostNetwork = hostNetwork,
            ServerPort = serverPort,
            HostPort = container && !hostNetwork ? layer.HostPort ?? serverPort : serverPort,
            StartupTimeout = layer.StartupTimeout ?? DefaultStartupTimeout,
            ModelFile = layer.ModelFile is { } file ? ScenarioPaths.Resolve(file.Text, file.Mark, scenarioFile) : null,
            Family = layer.Placement?.Family ?? ServerFamily.LlamaCpp,
            Rpc = rpc,
        };
    }

    /// <summary>Declared RPC devices: host processes on loopback ports, so only a process server (or a host-network container) reaches them.</summary>
    private RpcDevices? Rpc(ServerLayer layer, bool container, SourceMark serverMark)
    {
        if (layer.RpcPorts is not { Count: > 0 } ports)
        {
            return null;
        }

        if (layer.RpcServer is not { } binary)
        {
            reader.Fail(serverMark, "server.rpc_server", "required with rpc_ports: the rpc-server binary to start on each port");
            return null;
        }

        if (container && layer.HostNetwork != true)
        {
            reader.Fail(serverMark, "server.rpc_ports", "RPC devices listen on the host's loopback: use engine process or network: host");
        }

        if (ServerArgumentList.ValueOf(layer.Args ?? [], "--rpc") is not null)
        {
            reader.Fail(serverMark, "server.rpc_ports", "args already hold --rpc: declare the RPC devices either there or in rpc_ports");
        }

        return new RpcDevices(ScenarioPaths.Resolve(binary.Text, binary.Mark, scenarioFile), ports);
    }

    private List<string> ArgumentList(ServerLayer layer, bool container)
    {
        var args = PlacementExpander.Insert(layer.Args ?? [], layer.Placement);
        if (layer.Model is { } model)
        {
            args = ServerArguments.Remove(ServerArguments.Remove(args, "--model"), "-m");
            var path = container ? model.Text : ScenarioPaths.Resolve(model.Text, model.Mark, scenarioFile);
            args.InsertRange(0, ["-m", path]);
        }

        if (layer.Host is not null)
        {
            args = ServerArguments.Set(args, "--host", layer.Host);
        }

        if (layer.Port is { } port)
        {
            args = ServerArguments.Set(args, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return args;
    }

    private static int? PortFrom(IReadOnlyList<string> args) =>
        int.TryParse(ServerArgumentList.ValueOf(args, "--port"), System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : null;

    private void CheckLayerRange(ServerLayer layer)
    {
        if (layer.Placement is not { } placement || (layer.ModelLayers ?? ModelFileBlockCount(layer.ModelFile)) is not { } count)
        {
            return;
        }

        var source = layer.ModelLayers is not null ? $"model_layers: {count}" : $"model_file has {count} blocks";

        foreach (var device in placement.Devices)
        {
            var outside = device.Layers.Where(l => l >= count).ToList();
            if (outside.Count > 0)
            {
                var which = outside.Count == 1 ? $"layer {outside[0]} is" : $"layers {string.Join(", ", outside)} are";
                reader.Fail(device.LayersMark, device.LayersPath, $"{which} outside the model's layers 0-{count - 1} ({source})");
            }
        }
    }

    private int? ModelFileBlockCount(YamlScalar? modelFile)
    {
        if (modelFile is null)
        {
            return null;
        }

        var path = ScenarioPaths.Resolve(modelFile.Text, modelFile.Mark, scenarioFile);
        try
        {
            if (files.ReadGgufHeader(path) is not { } header)
            {
                reader.Fail(modelFile, "model_file", $"no such file: {path}");
                return null;
            }

            if (header.BlockCount is not { } blocks)
            {
                reader.Fail(modelFile, "model_file", $"{path} has no <architecture>.block_count");
                return null;
            }

            return (int)blocks;
        }
        catch (InputException e)
        {
            reader.Fail(modelFile, "model_file", string.Join("; ", e.Errors.Select(error => error.Message)));
            return null;
        }
    }
}
