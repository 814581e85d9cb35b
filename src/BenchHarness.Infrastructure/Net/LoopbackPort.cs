using System.Net;
using System.Net.Sockets;

namespace BenchHarness.Net;

/// <summary>Free TCP ports on the loopback interface, for servers whose scenario says <c>port: auto</c> and for local clusters.</summary>
public static class LoopbackPort
{
    /// <summary>A port nobody listens on right now (the OS picks it; it is released before returning).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
