using System.Diagnostics;
using BenchHarness.Results;
using BenchHarness.Running;
using Spectre.Console;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// Shows a run as it goes: where it is (variant i of n, case j of m), time spent and an estimate of the time left.
/// On a terminal a live status line; otherwise plain lines on stderr, one per finished case (pipes, CI, <c>--json</c>,
/// whose stdout stays pure JSON).
/// </summary>
internal static class RunProgressView
{
    /// <param name="execute">Starts the work on the pipeline: a new run or a resumed one.</param>
    public static async Task<RunResult> RunAsync(Func<RunPipeline, Task<RunResult>> execute, RunOptions options, bool interactive)
    {
        var clock = Stopwatch.StartNew();
        if (!interactive)
        {
            var pipeline = new RunPipeline(options, line => Console.Error.WriteLine(line));
            var printed = -1;
            pipeline.Changed += run =>
            {
                var progress = RunProgress.Of(run, pipeline.Planned, clock.Elapsed);
                if (Interlocked.Exchange(ref printed, progress.Done) != progress.Done)
                {
                    Console.Error.WriteLine($"progress: {progress.Describe()}");
                }
            };
            return await execute(pipeline);
        }

        RunResult? result = null;
        await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync("starting", async context =>
        {
            var pipeline = new RunPipeline(options, line =>
            {
                context.Status(Markup.Escape(line));
                if (!line.Contains(": case ", StringComparison.Ordinal))
                {
                    AnsiConsole.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
                }
            });
            pipeline.Changed += run =>
                context.Status(Markup.Escape($"{RunProgress.Of(run, pipeline.Planned, clock.Elapsed).Describe()} | {LastSampleLine(run)}"));
            result = await execute(pipeline);
        });
        return result!;
    }

    private static string LastSampleLine(RunResult run)
    {
        var variant = run.Variants.LastOrDefault();
        var sample = variant?.Samples.LastOrDefault();
        return sample is null
            ? $"{variant?.Name ?? run.Scenario}: starting"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"last {sample.Prompt}: TG {sample.GenerationTokensPerSecond:0.0} t/s, PP {sample.PromptTokensPerSecond:0.0} t/s");
    }
}
