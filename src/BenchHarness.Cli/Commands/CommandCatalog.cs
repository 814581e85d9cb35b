using System.CommandLine;

namespace BenchHarness.Cli.Commands;

/// <summary>Every <c>bench</c> sub-command, in the order help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        ValidateCommand.Create(),
        PlanCommand.Create(),
        ParseLogCommand.Create(),
        GgufCommand.Create(),
        MemoryCommand.Create(),
        PlaceCommand.Create(),
        SynthModelCommand.Create(),
        BuildCommand.Create(),
        RunCommand.Create(),
        ImportCommand.Create(),
        RunsCommand.Create(),
        CompareCommand.Create(),
        HistoryCommand.Create(),
        ReportCommand.Create(),
        AbCommand.Create(),
        NightlyCommand.Create(),
        DbCommand.Create(),
        VersionCommand.Create(),
    ];
}
