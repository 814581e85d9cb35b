using System.Globalization;
using BenchHarness.Servers.Ownership;
using Docker.DotNet.Models;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// The create parameters for a launch: the image's entrypoint (llama-server) gets the server arguments as
/// <c>Cmd</c>; GPUs as device requests (CDI names with the <c>cdi</c> driver, indices or <c>all</c> with the
/// <c>nvidia</c> driver); labels identify the harness, the run and its owning process.
/// </summary>
public static class ContainerSpec
{
    public static CreateContainerParameters Create(ServerStart start, string name, ServerOwner owner)
    {
        var launch = start.Launch;
        var image = launch.Image ?? throw new InvalidOperationException($"variant {start.VariantName}: a container engine needs an image");
        var port = $"{launch.ServerPort}/tcp";
        return new CreateContainerParameters
        {
            Name = name,
            Image = image,
            Cmd = launch.ServerArgs.ToList(),
            Env = launch.Environment.Select(e => $"{e.Key}={e.Value}").ToList(),
            Tty = false,
            AttachStdout = true,
            AttachStderr = true,
            ExposedPorts = launch.HostNetwork ? null : new Dictionary<string, EmptyStruct> { [port] = default },
            Labels = ContainerLabels.For(start.VariantName, owner),
            HostConfig = new HostConfig
            {
                Binds = launch.Volumes.Select(v => v.ToString()).ToList(),
                CapAdd = launch.CapAdd.Count > 0 ? launch.CapAdd.ToList() : null,
                ShmSize = launch.ShmSize is { } shm ? ParseSize(shm) : 0,
                Memory = launch.Memory is { } memory ? ParseSize(memory) : 0,
                MemorySwap = launch.Memory is { } limit ? ParseSize(limit) : 0, // no swap beyond the limit: past it is an OOM kill
                NetworkMode = launch.HostNetwork ? "host" : null,
                PortBindings = launch.HostNetwork ? null : new Dictionary<string, IList<PortBinding>>
                {
                    [port] = [new PortBinding { HostIP = "127.0.0.1", HostPort = launch.HostPort.ToString(CultureInfo.InvariantCulture) }],
                },
                DeviceRequests = DeviceRequests(launch.Devices),
            },
        };
    }

    public static IList<DeviceRequest>? DeviceRequests(IReadOnlyList<string> devices)
    {
        if (devices.Count == 0)
        {
            return null;
        }

        var cdi = devices.Where(d => d.Contains('=')).ToList();
        var plain = devices.Except(cdi).ToList();
        var requests = new List<DeviceRequest>();
        if (cdi.Count > 0)
        {
            requests.Add(new DeviceRequest { Driver = "cdi", DeviceIDs = cdi });
        }

        if (plain.Contains("all", StringComparer.OrdinalIgnoreCase))
        {
            requests.Add(new DeviceRequest { Driver = "nvidia", Count = -1, Capabilities = [["gpu"]] });
        }
        else if (plain.Count > 0)
        {
            requests.Add(new DeviceRequest { Driver = "nvidia", DeviceIDs = plain, Capabilities = [["gpu"]] });
        }

        return requests;
    }

    /// <summary><c>16g</c>, <c>512m</c>, <c>64k</c> or plain bytes, as <c>--shm-size</c> and <c>--memory</c> take them.</summary>
    public static long ParseSize(string text)
    {
        var t = text.Trim().ToLowerInvariant().TrimEnd('b');
        if (t.Length == 0)
        {
            throw new InvalidOperationException($"'{text}' is not a size such as 16g, 512m, 64k or a number of bytes");
        }

        var multiplier = t[^1] switch { 'k' => 1L << 10, 'm' => 1L << 20, 'g' => 1L << 30, _ => 1L };
        var digits = multiplier == 1 ? t : t[..^1];
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= long.MaxValue / multiplier
            ? count * multiplier
            : throw new InvalidOperationException($"'{text}' is not a size such as 16g, 512m, 64k or a number of bytes");
    }
}
