using BenchHarness.Planning;
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
    public static async Task<RunResult> RunAsync(ScenarioPlan plan, RunOptions options, bool interactive, CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            return await new RunPipeline(options, line => Console.Error.WriteLine(line)).RunAsync(plan, cancellationToken);
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
            result = await pipeline.RunAsync(plan, cancellationToken);
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
