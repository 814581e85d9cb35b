using System.Globalization;
using BenchHarness.Servers.Ownership;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// The labels that mark a container as the harness's and name its owner: the run, the harness process (pid and
/// start time, so a reused pid is not mistaken for it) and the host that process runs on.
/// </summary>
public static class ContainerLabels
{
    public const string Harness = "benchharness";
    public const string Run = "benchharness.run";
    public const string Variant = "benchharness.variant";
    public const string OwnerPid = "benchharness.owner.pid";
    public const string OwnerStart = "benchharness.owner.start";
    public const string OwnerHost = "benchharness.owner.host";

    public static Dictionary<string, string> For(string variantName, ServerOwner owner) => new()
    {
        [Harness] = "1",
        [Run] = owner.RunId,
        [Variant] = variantName,
        [OwnerPid] = owner.Harness.Pid.ToString(CultureInfo.InvariantCulture),
        [OwnerStart] = owner.Harness.StartTicks.ToString(CultureInfo.InvariantCulture),
        [OwnerHost] = ServerOwner.Host,
    };

    /// <summary>The owner the labels name; null when they name none (a container from before owners were labelled).</summary>
    public static ServerOwner? OwnerOf(IDictionary<string, string>? labels)
    {
        if (labels is null || !labels.TryGetValue(Run, out var run)
            || !labels.TryGetValue(OwnerPid, out var pidText) || !int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !labels.TryGetValue(OwnerStart, out var startText) || !long.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        return new ServerOwner(run, new ProcessIdentity(pid, start));
    }

    /// <summary>Whether the owner runs on this machine, where its liveness can be checked.</summary>
    public static bool OwnedHere(IDictionary<string, string>? labels) =>
        labels is null || !labels.TryGetValue(OwnerHost, out var host) || host == ServerOwner.Host;
}
