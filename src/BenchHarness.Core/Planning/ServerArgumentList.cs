namespace BenchHarness.Planning;

/// <summary>Small queries over a llama-server argument list.</summary>
public static class ServerArgumentList
{
    /// <summary>The value following the first of <paramref name="names"/>, or null.</summary>
    public static string? ValueOf(IReadOnlyList<string> args, params string[] names)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (names.Contains(args[i], StringComparer.Ordinal))
            {
                return args[i + 1];
            }
        }

        return null;
    }

    public static bool Has(IReadOnlyList<string> args, params string[] names) =>
        args.Any(a => names.Contains(a, StringComparer.Ordinal));
}
