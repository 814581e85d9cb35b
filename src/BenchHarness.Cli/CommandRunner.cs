using System.CommandLine;
using System.CommandLine.Parsing;
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
            var parsed = root.Parse(args);
            return parsed.Errors.Count > 0 ? Usage(root, parsed) : await parsed.InvokeAsync(configuration);
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

    /// <summary>A command line that does not parse is bad input like any other: each problem, the command's help, exit 2.</summary>
    private static int Usage(RootCommand root, ParseResult parsed)
    {
        foreach (var error in parsed.Errors)
        {
            Console.Error.WriteLine($"error: {error.Message}");
        }

        var path = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            path.Insert(0, result.Command.Name);
        }

        root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = Console.Error });
        return ExitCodes.BadInput;
    }
}
