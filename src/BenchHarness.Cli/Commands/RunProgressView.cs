using BenchHarness.Results;
using BenchHarness.Running;
using Spectre.Console;

namespace BenchHarness.Cli.Commands;

/// <summary>
/// Shows a run as it goes: a live status line on a terminal, plain lines on stderr otherwise (pipes, CI,
/// <c>--json</c>, whose stdout stays pure JSON).
/// </summary>
internal static class RunProgressView
{
    /// <param name="execute">Starts the work on the pipeline: a new run or a resumed one.</param>
    public static async Task<RunResult> RunAsync(Func<RunPipeline, Task<RunResult>> execute, RunOptions options, bool interactive)
    {
        if (!interactive)
        {
            return await execute(new RunPipeline(options, line => Console.Error.WriteLine(line)));
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
            pipeline.Changed += run => context.Status(Markup.Escape(LastSampleLine(run)));
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
                $"{variant!.Name}: {variant.Samples.Count} request(s), last {sample.Prompt}: TG {sample.GenerationTokensPerSecond:0.0} t/s, PP {sample.PromptTokensPerSecond:0.0} t/s");
    }
}
