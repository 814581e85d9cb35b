using System.CommandLine;

namespace BenchHarness.Cli;

/// <summary>Runs the parsed command and turns the harness's exceptions into exit codes and clear messages.</summary>
internal static class CommandRunner
{
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        try
        {
            // The harness's own handlers below decide messages and exit codes, not System.CommandLine's default handler.
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
