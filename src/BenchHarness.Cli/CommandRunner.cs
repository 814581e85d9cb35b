using System.CommandLine;

namespace BenchHarness.Cli;

/// <summary>Runs the parsed command and turns the harness's exceptions into exit codes and clear messages.</summary>
internal static class CommandRunner
{
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        try
        {
            // The default handler would print InputException as a crash with exit 1; it must reach the catch below.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            foreach (var error in e.Errors)
            {
                Console.Error.WriteLine($"error: {error}");
            }

            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled");
            return ExitCodes.Cancelled;
        }
    }
}
