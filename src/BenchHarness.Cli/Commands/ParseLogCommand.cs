using System.CommandLine;
using System.Text.Json;
using BenchHarness.Cli.Output;
using BenchHarness.Logs;

namespace BenchHarness.Cli.Commands;

/// <summary><c>bench parse-log FILE [--json]</c>: what a llama-server log says about startup, requests and failures.</summary>
internal static class ParseLogCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A llama-server log (llama.cpp or ik_llama.cpp, any prefix style)." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of a summary." };
        var command = new Command("parse-log", "Extract request timings, startup facts, failures and prefix-cache misses from a llama-server log.")
        {
            file,
            json,
        };
        command.SetAction((parse, cancellation) => RunAsync(parse.GetValue(file)!, parse.GetValue(json), parse.InvocationConfiguration, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, bool asJson, InvocationConfiguration console, CancellationToken cancellation)
    {
        if (!file.Exists)
        {
            await console.Error.WriteLineAsync($"error: {new InputError(file.ToString(), 0, 0, "", "no such file")}");
            return ExitCodes.BadInput;
        }

        var report = LogFileParser.Parse(file.FullName, cancellation);
        var output = asJson ? JsonSerializer.Serialize(report, JsonDefaults.Options) : LogReportSummary.Format(report);
        await console.Output.WriteLineAsync(output);
        return ExitCodes.Ok;
    }
}
