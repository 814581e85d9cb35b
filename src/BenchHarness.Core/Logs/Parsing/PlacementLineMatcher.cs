using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Where the model went: <c>offloaded 80/80 layers to GPU</c>, ik_llama.cpp's
/// <c>Allocating 299.91 GiB of pinned host memory</c> / <c>done allocating 299.91 GiB in 46485.7 ms</c>, and the
/// split-mode fallback <c>Split mode 'graph' is not supported ...</c> / <c>=&gt; changing split mode to 'layer'</c>.
/// </summary>
internal static partial class PlacementLineMatcher
{
    public static StartupFacts? Apply(StartupFacts facts, string text)
    {
        if (text.Contains("offloaded ", StringComparison.Ordinal) && Offloaded().Match(text) is { Success: true } offloaded)
        {
            return facts with
            {
                OffloadedLayers = LogNumbers.Long(offloaded.Groups["done"].Value),
                TotalLayers = LogNumbers.Long(offloaded.Groups["total"].Value),
            };
        }

        if (!text.Contains("llocating", StringComparison.Ordinal) && !text.Contains("plit mode", StringComparison.Ordinal))
        {
            return null;
        }

        if (PinnedDone().Match(text) is { Success: true } done)
        {
            return facts with
            {
                PinnedHostMib = LogNumbers.ToMib(done.Groups["amount"].Value, done.Groups["unit"].Value),
                PinnedHostMs = LogNumbers.Double(done.Groups["ms"].Value),
            };
        }

        if (PinnedStart().Match(text) is { Success: true } start)
        {
            // A new allocation starts: a time printed for an earlier one does not belong to it.
            return facts with { PinnedHostMib = LogNumbers.ToMib(start.Groups["amount"].Value, start.Groups["unit"].Value), PinnedHostMs = null };
        }

        if (SplitModeUnsupported().Match(text) is { Success: true } unsupported)
        {
            return facts with { SplitModeFallback = new SplitModeFallback(unsupported.Groups[1].Value, facts.SplitModeFallback?.Used ?? "") };
        }

        if (SplitModeChanged().Match(text) is { Success: true } changed)
        {
            return facts with { SplitModeFallback = new SplitModeFallback(facts.SplitModeFallback?.Requested ?? "", changed.Groups[1].Value) };
        }

        return null;
    }

    [GeneratedRegex(@"offloaded (?<done>\d+)/(?<total>\d+) layers to GPU")]
    private static partial Regex Offloaded();

    [GeneratedRegex(@"^Allocating (?<amount>\d+(?:\.\d+)?) (?<unit>GiB|MiB) of pinned host memory")]
    private static partial Regex PinnedStart();

    [GeneratedRegex(@"^done allocating (?<amount>\d+(?:\.\d+)?) (?<unit>GiB|MiB) in (?<ms>\d+(?:\.\d+)?) ms")]
    private static partial Regex PinnedDone();

    [GeneratedRegex(@"^Split mode '(\w+)' is not supported")]
    private static partial Regex SplitModeUnsupported();

    [GeneratedRegex(@"^=> changing split mode to '(\w+)'")]
    private static partial Regex SplitModeChanged();
}
