namespace BenchHarness.Planning;

/// <summary>
/// Hides secrets before anything is printed or stored: environment values whose name contains KEY, TOKEN,
/// SECRET or PASSWORD, and the value after <c>--api-key</c> / <c>--api-key-file</c>.
/// </summary>
public static class Redaction
{
    public const string Mask = "<redacted>";
    private static readonly string[] SecretNameParts = ["KEY", "TOKEN", "SECRET", "PASSWORD"];
    private static readonly string[] SecretFlags = ["--api-key", "--api-key-file"];

    public static bool IsSecretName(string name) =>
        SecretNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyDictionary<string, string> Environment(IReadOnlyDictionary<string, string> environment) =>
        environment.ToDictionary(p => p.Key, p => IsSecretName(p.Key) ? Mask : p.Value);

    /// <summary>Masks the value after a secret flag, <c>--api-key=VALUE</c>, and secret <c>-e NAME=VALUE</c> items of container commands.</summary>
    public static IReadOnlyList<string> Arguments(IReadOnlyList<string> args) =>
        [.. args.Select((arg, i) => Redact(arg, i > 0 ? args[i - 1] : null))];

    private static string Redact(string arg, string? previous)
    {
        if (previous is not null && SecretFlags.Contains(previous))
        {
            return Mask;
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return arg;
        }

        var name = arg[..equals];
        var secret = SecretFlags.Contains(name) || (previous is "-e" or "--env" && IsSecretName(name));
        return secret ? $"{name}={Mask}" : arg;
    }
}
