using BenchHarness.Memory;
using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Scenarios;

/// <summary>
/// <c>rpc_server</c> and <c>rpc_ports</c>: RPC devices the harness starts with a variant's server. The launch
/// carries them and names them to the server with <c>--rpc</c>, so the memory model sees the same devices.
/// </summary>
public sealed class RpcDeviceScenarioSpecs
{
    private const string Base = """
        name: rpc
        server:
          engine: process
          binary: /opt/llama/llama-server
          model: /models/m.gguf
          args: [-ngl, 99, -ot, 'blk\.[0-3]\.=RPC0[127.0.0.1:50052],blk\.[4-7]\.=RPC0[127.0.0.1:50053]']
        """;

    private const string Tail = """

        variants:
          - name: two
        prompts:
          - name: hi
            messages: [{role: user, content: hi}]
        """;

    [Fact]
    public void Declared_ports_become_one_rpc_argument_in_order_and_the_launch_carries_the_servers()
    {
        var launch = Load("  rpc_server: /opt/llama/rpc-server\n  rpc_ports: [50052, 50053]").Variants.Single().Launch;

        Assert.Equal("127.0.0.1:50052,127.0.0.1:50053", launch.ServerArgs[launch.ServerArgs.ToList().IndexOf("--rpc") + 1]);
        Assert.Equal("/opt/llama/rpc-server", launch.Rpc!.Binary);
        Assert.Equal([50052, 50053], launch.Rpc.Ports);
        Assert.Equal(["-H", "127.0.0.1", "-p", "50053"], Planning.RpcDevices.ArgumentsFor(50053));
    }

    [Fact]
    public void The_rpc_argument_comes_before_any_override_because_the_server_knows_the_devices_only_after_it()
    {
        var args = Load("  rpc_server: /opt/llama/rpc-server\n  rpc_ports: [50052]").Variants.Single().Launch.ServerArgs.ToList();

        Assert.Equal(["-m", "/models/m.gguf", "--rpc", "127.0.0.1:50052"], args.Take(4));
        Assert.True(args.IndexOf("--rpc") < args.IndexOf("-ot"));
    }

    [Fact]
    public void The_memory_model_reads_the_devices_from_the_launch_arguments_as_the_server_names_them()
    {
        var launch = Load("  rpc_server: /opt/llama/rpc-server\n  rpc_ports: [50052, 50053]").Variants.Single().Launch;

        var options = LaunchOptionsReader.Read(launch.ServerArgs, []);

        Assert.Equal(["RPC0[127.0.0.1:50052]", "RPC0[127.0.0.1:50053]"], options.RpcServers.Select(s => MemoryDevice.Rpc(s).Name));
        Assert.Equal(["RPC0[127.0.0.1:50052]", "RPC0[127.0.0.1:50053]"], options.Overrides.Select(o => o.Target));
    }

    [Theory]
    [InlineData("  rpc_ports: [50052]", "server.rpc_server", "required with rpc_ports")]
    [InlineData("  rpc_server: rpc-server\n  rpc_ports: [50052, 50052]", "server.rpc_ports", "a port of its own")]
    [InlineData("  rpc_server: rpc-server\n  rpc_ports: [70000]", "server.rpc_ports", "")]
    public void Bad_rpc_settings_name_the_field(string lines, string field, string message)
    {
        var error = Assert.Throws<InputException>(() => Load(lines));

        Assert.Contains(error.Errors, e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal) && e.Line > 0);
    }

    [Fact]
    public void Rpc_in_args_and_declared_ports_together_are_refused()
    {
        var error = Assert.Throws<InputException>(() => Load("  rpc_server: rpc-server\n  rpc_ports: [50052]\n  args_add: [--rpc, '127.0.0.1:9']"));

        Assert.Contains(error.Errors, e => e.Field == "server.rpc_ports" && e.Message.Contains("either there or in rpc_ports", StringComparison.Ordinal));
    }

    private static Planning.ScenarioPlan Load(string serverLines) =>
        ScenarioLoader.Load("s/rpc.yaml", [], new InMemoryScenarioFiles(new Dictionary<string, string> { ["s/rpc.yaml"] = Base + "\n" + serverLines + Tail }));
}
