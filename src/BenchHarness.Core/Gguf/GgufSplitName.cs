using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchHarness.Gguf;

/// <summary>The shard naming of split models, as llama.cpp's gguf-split writes it: <c>NAME-00001-of-00008.gguf</c>.</summary>
public sealed partial record GgufSplitName(string Prefix, int Number, int Count)
{
    public static GgufSplitName? TryParse(string path)
    {
        var match = SplitPattern().Match(path);
        if (!match.Success)
        {
            return null;
        }

        var number = int.Parse(match.Groups["no"].Value, CultureInfo.InvariantCulture);
        var count = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
        return number >= 1 && number <= count ? new GgufSplitName(match.Groups["prefix"].Value, number, count) : null;
    }

    /// <summary>The paths of every shard, first to last.</summary>
    public IEnumerable<string> ShardPaths() => Enumerable.Range(1, Count).Select(ShardPath);

    public string ShardPath(int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{number:D5}-of-{Count:D5}.gguf");

    [GeneratedRegex(@"^(?<prefix>.+)-(?<no>\d{5})-of-(?<count>\d{5})\.gguf$")]
    private static partial Regex SplitPattern();
}
