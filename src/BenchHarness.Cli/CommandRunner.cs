using System.CommandLine;
using BenchHarness.Servers.Containers;

namespace BenchHarness.Cli;

/// <summary>Runs the parsed command and turns the harness's exceptions into exit codes and clear messages.</summary>
internal static class CommandRunner
{
    /// <summary>
    /// Ctrl-C cancels the command's token; the command then has this long to stop its servers and write its
    /// results before the process exits anyway (stopping a container takes up to its grace period).
    /// </summary>
    private static readonly TimeSpan CleanupAfterCtrlC = TimeSpan.FromSeconds(60);

    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        var configuration = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = CleanupAfterCtrlC,
        };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration);
        }
        catch (InputException e)
        {
            foreach (var error in e.Errors)
            {
                Console.Error.WriteLine($"error: {error}");
            }

            return ExitCodes.BadInput;
        }
        catch (EngineUnavailableException e)
        {
            // A configuration error found before any server started, like bad input: fix it and run again.
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input: keep the stack trace for the report.
            Console.Error.WriteLine($"error: unexpected failure: {e}");
            return ExitCodes.Failed;
        }
    }
}
