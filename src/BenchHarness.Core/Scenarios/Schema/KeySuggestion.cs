namespace BenchHarness.Scenarios.Schema;

/// <summary>Finds the allowed key closest to a misspelt one (edit distance), to say "did you mean".</summary>
public static class KeySuggestion
{
    public static string? Closest(string key, IEnumerable<string> allowed) =>
        allowed
            .Select(candidate => (candidate, distance: Distance(key, candidate)))
            .Where(c => c.distance <= Math.Max(2, c.candidate.Length / 3))
            .OrderBy(c => c.distance)
            .Select(c => c.candidate)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
