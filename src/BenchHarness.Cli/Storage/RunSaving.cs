using BenchHarness.Results;
using BenchHarness.Storage;

namespace BenchHarness.Cli.Storage;

/// <summary>
/// Stores a run in the database once its <c>run.json</c> is written. An unreachable database never fails the
/// command: the sink's message (without any password) says so and names the <c>bench import</c> to run later.
/// </summary>
internal static class RunSaving
{
    public static async Task SaveAsync(RunResult run, string? connectionOption, bool skip, CancellationToken cancellationToken)
    {
        if (skip)
        {
            return;
        }

        var outcome = await new DatabaseRunSink(connectionOption).SaveAsync(run, cancellationToken);
        Console.Error.WriteLine(outcome.Stored ? outcome.Message : $"warning: {outcome.Message}");
    }
}
