using BenchHarness.Planning;
using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>Records a launch without its secrets: environment values whose names look secret, and <c>--api-key</c> values.</summary>
public static class LaunchRedactor
{
    public const string Redacted = "***";

    private static readonly string[] SecretNameParts = ["KEY", "TOKEN", "SECRET", "PASSWORD"];
    private static readonly string[] SecretFlags = ["--api-key", "--hf-token", "-hft"];

    public static LaunchRecord Record(ServerLaunch launch) => new()
    {
        Engine = launch.Engine.ToString().ToLowerInvariant(),
        Image = launch.Image,
        Binary = launch.Binary,
        ServerArgs = RedactArgs(launch.ServerArgs),
        Environment = launch.Environment.ToDictionary(e => e.Key, e => IsSecretName(e.Key) ? Redacted : e.Value),
        Devices = launch.Devices,
        Volumes = launch.Volumes.Select(v => v.ToString()).ToArray(),
        HostPort = launch.HostPort,
    };

    public static IReadOnlyList<string> RedactArgs(IReadOnlyList<string> args)
    {
        var result = new string[args.Count];
        for (var i = 0; i < args.Count; i++)
        {
            var secretValue = i > 0 && SecretFlags.Contains(args[i - 1], StringComparer.Ordinal);
            var inline = SecretFlags.FirstOrDefault(f => args[i].StartsWith(f + "=", StringComparison.Ordinal));
            result[i] = secretValue ? Redacted : inline is null ? args[i] : $"{inline}={Redacted}";
        }

        return result;
    }

    public static bool IsSecretName(string name) =>
        SecretNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));
}
