using System.CommandLine;
using System.Text.Json;
using BenchHarness.Gguf;
using BenchHarness.Infrastructure.Gguf;

namespace BenchHarness.Cli.Commands;

internal static class GgufCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A GGUF model; any shard of a split model reads all shards." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (with every tensor and the metadata)." };
        var command = new Command("gguf", "Summarise a GGUF model: architecture, experts, tensor sizes per layer.") { file, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var model = GgufModelFiles.Read(parse.GetValue(file)!, cancellationToken);
            var report = GgufModelSummarizer.Summarize(model);
            Console.Out.Write(parse.GetValue(json)
                ? JsonSerializer.Serialize(report, JsonDefaults.Options) + Environment.NewLine
                : GgufReportText.Render(report));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
