using System.CommandLine;
using System.Reflection;

namespace BenchHarness.Cli.Commands;

internal static class VersionCommand
{
    public static string HarnessVersion =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static Command Create()
    {
        var command = new Command("version", "Print the harness version.");
        command.SetAction(_ => Console.WriteLine(HarnessVersion));
        return command;
    }
}
