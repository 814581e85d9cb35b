using System.Globalization;
using BenchHarness.Planning;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Gives a server as many slots as the scenario's highest concurrency, so requests sent together are served
/// together: <c>--parallel N</c> is added when the arguments do not set it; when they do and it is lower, the
/// scenario said otherwise and keeps it, with a warning that the extra requests queue.
/// </summary>
public static class ParallelSlots
{
    private static readonly string[] Flags = ["-np", "--parallel"];

    public static (ServerLaunch Launch, string? Warning) Match(string variant, ServerLaunch launch, IReadOnlyList<int> concurrency)
    {
        var highest = concurrency.Count == 0 ? 1 : concurrency.Max();
        if (highest <= 1)
        {
            return (launch, null);
        }

        var given = ServerArgumentList.ValueOf(launch.ServerArgs, Flags);
        if (given is null)
        {
            return (launch with { ServerArgs = [.. launch.ServerArgs, "--parallel", highest.ToString(CultureInfo.InvariantCulture)] }, null);
        }

        return int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var slots) && slots < highest
            ? (launch, $"variant '{variant}': --parallel {slots} is below concurrency {highest}; requests beyond {slots} wait in the server's queue")
            : (launch, null);
    }
}
