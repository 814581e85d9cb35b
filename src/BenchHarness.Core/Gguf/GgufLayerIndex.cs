using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchHarness.Gguf;

/// <summary>The layer a tensor belongs to, from its <c>blk.N.</c> prefix, read as 64 bits so no index overflows.</summary>
public static partial class GgufLayerIndex
{
    /// <summary>The layer number; null when the name has no <c>blk.N.</c> prefix; <see cref="long.MaxValue"/> when N has more digits than 64 bits hold.</summary>
    public static long? Of(string tensorName)
    {
        var match = BlockPrefix().Match(tensorName);
        if (!match.Success)
        {
            return null;
        }

        return long.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : long.MaxValue;
    }

    [GeneratedRegex(@"^blk\.(\d+)\.")]
    private static partial Regex BlockPrefix();
}
