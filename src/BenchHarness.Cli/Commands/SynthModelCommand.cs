using System.CommandLine;
using System.Globalization;
using BenchHarness.Gguf;
using BenchHarness.Gguf.Synthesis;

namespace BenchHarness.Cli.Commands;

internal static class SynthModelCommand
{
    public static Command Create()
    {
        var defaults = new SyntheticModelOptions();
        var output = new Option<string>("--out") { Description = "The GGUF file to write.", Required = true };
        var layers = IntOption("--layers", "Number of layers (blocks).", defaults.Layers);
        var experts = IntOption("--experts", "Experts per layer (0 writes a dense model).", defaults.Experts);
        var used = IntOption("--experts-used", "Experts used per token.", defaults.ExpertsUsed);
        var embedding = IntOption("--embd", "Embedding length (a multiple of 32).", defaults.Embedding);
        var feedForward = IntOption("--ff", "Feed-forward length of each expert (a multiple of 32).", defaults.FeedForward);
        var denseLead = IntOption("--dense-lead", "Leading dense layers; more than 0 writes the glm4moe architecture (llama cannot mix dense and MoE layers).", defaults.DenseLead);
        var seed = IntOption("--seed", "Seed of the random weights (same seed, same file).", defaults.Seed);
        var context = IntOption("--ctx", "Trained context length written to the metadata.", defaults.Context);
        var type = new Option<string>("--type") { Description = "Weight type of the matrices.", DefaultValueFactory = _ => "f16" };
        type.AcceptOnlyFromAmong("f16", "q8_0");
        var arch = new Option<string?>("--arch") { Description = "Layout: llama, glm4moe (default with --dense-lead), qwen3moe, or deepseek2 (MLA, shared expert)." };
        arch.AcceptOnlyFromAmong([.. SyntheticModelOptions.Architectures]);
        var kvHeads = IntOption("--kv-heads", "KV heads for grouped-query attention (0: one per head).", 0);
        var headerOnly = new Option<bool>("--header-only") { Description = "Write only the header and tensor table (no weights): a file to plan memory with, not to load." };
        var shape = new Option<string?>("--shape") { Description = $"A real model's tensor table instead of the options above ({string.Join(", ", HeaderShapes.All.Select(p => p.Name))}); implies --header-only." };
        shape.AcceptOnlyFromAmong([.. HeaderShapes.All.Select(p => p.Name)]);

        var command = new Command("synth-model", "Write a random-weight MoE model (llama, glm4moe, qwen3moe or deepseek2 layout) that llama-server serves, or only its header.")
        {
            output, layers, experts, used, embedding, feedForward, denseLead, type, seed, context, arch, kvHeads, headerOnly, shape,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new SyntheticModelOptions(
                parse.GetValue(layers), parse.GetValue(experts), parse.GetValue(used), parse.GetValue(embedding),
                parse.GetValue(feedForward), parse.GetValue(denseLead),
                parse.GetValue(type) == "q8_0" ? SyntheticWeightType.Q8_0 : SyntheticWeightType.F16,
                parse.GetValue(seed), parse.GetValue(context), parse.GetValue(arch), parse.GetValue(kvHeads));
            var path = parse.GetValue(output)!;
            var errors = options.Validate("synth-model");
            if (errors.Count > 0)
            {
                throw new InputException(errors);
            }

            var preset = HeaderShapes.All.FirstOrDefault(p => p.Name == parse.GetValue(shape));
            var fromShape = preset is not null;
            var model = preset?.Create() ?? SyntheticModel.Create(options);
            await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20, useAsync: true))
            {
                if (fromShape || parse.GetValue(headerOnly))
                {
                    await GgufWriter.WriteHeaderOnlyAsync(stream, model.Metadata, model.Tensors, cancellationToken);
                }
                else
                {
                    await GgufWriter.WriteAsync(stream, model.Metadata, model.Tensors, cancellationToken);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {model.Tensors.Count} tensors, {new FileInfo(path).Length:N0} bytes"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<int> IntOption(string name, string description, int defaultValue) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };
}
