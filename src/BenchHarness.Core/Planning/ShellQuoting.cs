namespace BenchHarness.Planning;

/// <summary>Quotes an argument for display so it can be pasted into a POSIX shell; never used to run anything.</summary>
public static class ShellQuoting
{
    private const string SafeCharacters = "-_./:=,+@%";

    public static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || SafeCharacters.Contains(c))
            ? arg
            : $"'{arg.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
