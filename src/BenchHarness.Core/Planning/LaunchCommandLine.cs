using System.Globalization;

namespace BenchHarness.Planning;

/// <summary>
/// The command that starts a launch by hand: <c>podman run</c> / <c>docker run</c> with the same devices, mounts,
/// port and environment, or the process's own command. Built as an argument array; display quoting is separate.
/// </summary>
public static class LaunchCommandLine
{
    public static IReadOnlyList<string> For(ServerLaunch launch)
    {
        if (launch.Engine is EngineKind.Process)
        {
            return [launch.Binary ?? "llama-server", .. launch.ServerArgs];
        }

        var command = new List<string> { launch.Engine is EngineKind.Docker ? "docker" : "podman", "run", "--rm" };
        if (launch.HostNetwork)
        {
            command.AddRange(["--network", "host"]);
        }
        else
        {
            command.AddRange(["-p", string.Create(CultureInfo.InvariantCulture, $"{launch.HostPort}:{launch.ServerPort}")]);
        }

        command.AddRange(launch.Devices.SelectMany(d => new[] { "--device", d }));
        command.AddRange(launch.CapAdd.SelectMany(c => new[] { "--cap-add", c }));
        command.AddRange(launch.Environment.SelectMany(e => new[] { "-e", $"{e.Key}={e.Value}" }));
        command.AddRange(launch.Volumes.SelectMany(v => new[] { "-v", v.ToString() }));
        if (launch.ShmSize is not null)
        {
            command.AddRange(["--shm-size", launch.ShmSize]);
        }

        if (launch.Memory is not null)
        {
            command.AddRange(["--memory", launch.Memory, "--memory-swap", launch.Memory]);
        }

        command.Add(launch.Image ?? "");
        command.AddRange(launch.ServerArgs);
        return command;
    }

    /// <summary>One line for people: secrets masked, items quoted for a POSIX shell; a process's environment as a prefix.</summary>
    public static string Display(ServerLaunch launch)
    {
        var prefix = launch.Engine is EngineKind.Process
            ? Redaction.Environment(launch.Environment).Select(e => ShellQuoting.Quote($"{e.Key}={e.Value}"))
            : [];
        return string.Join(' ', prefix.Concat(Redaction.Arguments(For(launch)).Select(ShellQuoting.Quote)));
    }
}
