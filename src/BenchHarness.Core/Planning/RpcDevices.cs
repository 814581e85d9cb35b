using System.Globalization;

namespace BenchHarness.Planning;

/// <summary>
/// RPC devices the harness starts for one server: one <paramref name="Binary"/> (ggml's rpc-server) per port, bound
/// to the loopback address, started before llama-server and stopped after it.
/// </summary>
public sealed record RpcDevices(string Binary, IReadOnlyList<int> Ports)
{
    public const string Host = "127.0.0.1";

    /// <summary>What <c>--rpc</c> gets, in port order: llama-server numbers the devices in this order.</summary>
    public IReadOnlyList<string> Endpoints => [.. Ports.Select(port => string.Create(CultureInfo.InvariantCulture, $"{Host}:{port}"))];

    /// <summary>The arguments of one rpc-server: the loopback address and its port.</summary>
    public static IReadOnlyList<string> ArgumentsFor(int port) => ["-H", Host, "-p", port.ToString(CultureInfo.InvariantCulture)];
}
