using System.Globalization;
using System.Text;

namespace BenchHarness.Tests.Scenarios;

/// <summary>
/// Reads the seed's launch commands (TestData/seeds) into argument lists: joins <c>\</c> continuations, splits
/// words like a shell (quotes only), and expands configuration 5's <c>$OT_ARGS</c> loop as the seed's shell did.
/// </summary>
internal static class SeedCommands
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string path)
    {
        var commands = new Dictionary<string, IReadOnlyList<string>>();
        string? variant = null;
        var text = new StringBuilder();
        foreach (var line in File.ReadLines(path).Append("# variant: end"))
        {
            if (line.StartsWith("# variant: ", StringComparison.Ordinal))
            {
                if (variant is not null)
                {
                    commands[variant] = Words(text.ToString().Replace("\\\n", " ", StringComparison.Ordinal)).SelectMany(ExpandOtArgs).ToList();
                }

                variant = line["# variant: ".Length..];
                text.Clear();
            }
            else if (!line.StartsWith('#'))
            {
                text.Append(line).Append('\n');
            }
        }

        return commands;
    }

    /// <summary>The seed's loop: for blk 3-14 gate, down, up on CUDA0, then blk 68-77 on CUDA1, one -ot each.</summary>
    private static IEnumerable<string> ExpandOtArgs(string word)
    {
        if (word != "$OT_ARGS")
        {
            return [word];
        }

        return Loop(3, 14, "CUDA0").Concat(Loop(68, 77, "CUDA1"));

        static IEnumerable<string> Loop(int first, int last, string device) =>
            Enumerable.Range(first, last - first + 1).SelectMany(i => new[] { "gate", "down", "up" }
                .SelectMany(kind => new[] { "-ot", string.Create(CultureInfo.InvariantCulture, $"blk.{i}.ffn_{kind}_exps={device}") }));
    }

    private static IEnumerable<string> Words(string command)
    {
        var word = new StringBuilder();
        char? quote = null;
        foreach (var c in command)
        {
            if (quote is null && char.IsWhiteSpace(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }
            else if (quote is null && c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = null;
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
