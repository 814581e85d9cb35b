using System.Security.Cryptography;
using System.Text;
using BenchHarness.Results;

namespace BenchHarness.Storage;

/// <summary>
/// Identifies the server configuration a case measured: a hash of its server arguments, leaving out those
/// that only say where the server listens or logs, so the same settings on another port compare as equal.
/// </summary>
public static class LaunchKey
{
    private static readonly HashSet<string> PlacementOptions =
        new(["--port", "--host", "--log-file", "--api-key", "--api-key-file", "-a", "--alias"], StringComparer.Ordinal);

    public static string Of(LaunchRecord launch)
    {
        var kept = new List<string>();
        for (var i = 0; i < launch.ServerArgs.Count; i++)
        {
            if (PlacementOptions.Contains(launch.ServerArgs[i]))
            {
                i++; // skip its value too
                continue;
            }

            kept.Add(launch.ServerArgs[i]);
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join('\0', kept));
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }
}
