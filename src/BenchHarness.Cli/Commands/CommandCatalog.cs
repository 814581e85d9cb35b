using System.CommandLine;

namespace BenchHarness.Cli.Commands;

/// <summary>Every <c>bench</c> sub-command, in the order help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        VersionCommand.Create(),
        ImportCommand.Create(),
        RunsCommand.Create(),
        DbCommand.Create(),
    ];
}
