using Spectre.Console;

namespace BenchHarness.Cli;

/// <summary>Plain text when output goes to a file or a pipe (nightly job logs), colours only on a terminal.</summary>
internal static class ConsoleSetup
{
    public static void Apply()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(Console.Out),
            });
        }
    }
}
