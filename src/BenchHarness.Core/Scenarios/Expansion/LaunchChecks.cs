using System.Net;
using BenchHarness.Planning;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Launches that would start but never serve the run: refused by <c>validate</c> (and so by <c>plan</c> and
/// <c>run</c>) instead of costing a whole startup timeout or measuring the wrong thing.
/// </summary>
public static class LaunchChecks
{
    /// <summary>llama-server's own flags that name a model; without one it starts in router mode and serves none.</summary>
    public static readonly string[] ModelFlags = ["-m", "--model", "-mu", "--model-url", "-hf", "-hfr", "--hf-repo", "-dr", "--docker-repo"];

    /// <summary>llama-server listens here when no <c>--host</c> is given.</summary>
    public const string DefaultHost = "127.0.0.1";

    public static IEnumerable<(string Field, string Message)> Problems(string variant, ServerLaunch launch)
    {
        if (!launch.ServerArgs.Any(IsModelFlag))
        {
            yield return ("server.model", $"variant '{variant}': no model: set model (or give one in args with {string.Join(", ", ModelFlags)}); without one llama-server starts in router mode and serves no model");
        }

        var host = Host(launch.ServerArgs);
        if (launch.Engine != EngineKind.Process && !launch.HostNetwork && IsLoopback(host))
        {
            var given = host is null ? $"by default on {DefaultHost}" : $"on {host}";
            yield return ("server.host", $"variant '{variant}': llama-server would listen {given} inside a bridged container network, where the published port cannot reach it; set host: 0.0.0.0 (or network: host)");
        }
    }

    private static bool IsModelFlag(string arg) =>
        ModelFlags.Any(flag => arg == flag || arg.StartsWith(flag + "=", StringComparison.Ordinal));

    /// <summary>The last <c>--host</c> value (llama-server keeps the last one), in either <c>--host X</c> or <c>--host=X</c> form.</summary>
    private static string? Host(IReadOnlyList<string> args)
    {
        string? host = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--host" && i + 1 < args.Count)
            {
                host = args[i + 1];
            }
            else if (args[i].StartsWith("--host=", StringComparison.Ordinal))
            {
                host = args[i]["--host=".Length..];
            }
        }

        return host;
    }

    private static bool IsLoopback(string? host) =>
        host is null || host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
