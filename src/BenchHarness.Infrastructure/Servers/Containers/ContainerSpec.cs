using System.Globalization;
using BenchHarness.Planning;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// The body of <c>POST /containers/create</c> for a launch: the image's entrypoint (llama-server) gets the
/// server arguments as <c>Cmd</c>; GPUs as device requests (CDI names with the <c>cdi</c> driver, indices or
/// <c>all</c> with the <c>nvidia</c> driver); labels identify the harness and the run.
/// </summary>
public static class ContainerSpec
{
    public const string HarnessLabel = "benchharness";
    public const string RunLabel = "benchharness.run";
    public const string VariantLabel = "benchharness.variant";

    public static Dictionary<string, object?> CreateBody(ServerStart start)
    {
        var launch = start.Launch;
        var image = launch.Image ?? throw new InvalidOperationException($"variant {start.VariantName}: a container engine needs an image");
        var port = $"{launch.ServerPort}/tcp";
        var hostConfig = new Dictionary<string, object?>
        {
            ["Binds"] = launch.Volumes.Select(v => v.ToString()).ToArray(),
            ["CapAdd"] = launch.CapAdd.Count > 0 ? launch.CapAdd.ToArray() : null,
            ["ShmSize"] = launch.ShmSize is { } shm ? ParseSize(shm) : null,
            ["NetworkMode"] = launch.HostNetwork ? "host" : null,
            ["PortBindings"] = launch.HostNetwork ? null : new Dictionary<string, object>
            {
                [port] = new[] { new { HostIp = "127.0.0.1", HostPort = launch.HostPort.ToString(CultureInfo.InvariantCulture) } },
            },
            ["DeviceRequests"] = DeviceRequests(launch.Devices),
        };
        return new Dictionary<string, object?>
        {
            ["Image"] = image,
            ["Cmd"] = launch.ServerArgs.ToArray(),
            ["Env"] = launch.Environment.Select(e => $"{e.Key}={e.Value}").ToArray(),
            ["Tty"] = false,
            ["AttachStdout"] = true,
            ["AttachStderr"] = true,
            ["ExposedPorts"] = launch.HostNetwork ? null : new Dictionary<string, object> { [port] = new { } },
            ["Labels"] = new Dictionary<string, string>
            {
                [HarnessLabel] = "1",
                [RunLabel] = start.RunId,
                [VariantLabel] = start.VariantName,
            },
            ["HostConfig"] = hostConfig,
        };
    }

    public static object[]? DeviceRequests(IReadOnlyList<string> devices)
    {
        if (devices.Count == 0)
        {
            return null;
        }

        var cdi = devices.Where(d => d.Contains('=')).ToArray();
        var plain = devices.Except(cdi).ToArray();
        var requests = new List<object>();
        if (cdi.Length > 0)
        {
            requests.Add(new { Driver = "cdi", DeviceIDs = cdi });
        }

        if (plain.Contains("all", StringComparer.OrdinalIgnoreCase))
        {
            requests.Add(new { Driver = "nvidia", Count = -1, Capabilities = new[] { new[] { "gpu" } } });
        }
        else if (plain.Length > 0)
        {
            requests.Add(new { Driver = "nvidia", DeviceIDs = plain, Capabilities = new[] { new[] { "gpu" } } });
        }

        return requests.ToArray();
    }

    /// <summary><c>16g</c>, <c>512m</c>, <c>64k</c> or plain bytes, as <c>--shm-size</c> takes them.</summary>
    public static long ParseSize(string text)
    {
        var t = text.Trim().ToLowerInvariant().TrimEnd('b');
        var multiplier = t[^1] switch { 'k' => 1L << 10, 'm' => 1L << 20, 'g' => 1L << 30, _ => 1L };
        var digits = multiplier == 1 ? t : t[..^1];
        return long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) * multiplier;
    }
}
