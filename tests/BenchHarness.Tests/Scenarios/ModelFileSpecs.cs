using BenchHarness.Gguf;
using BenchHarness.Gguf.Synthesis;
using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Scenarios;

/// <summary><c>model_file</c>: placement layers are checked against the block count of the real GGUF file.</summary>
public sealed class ModelFileSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bench-model-file-").FullName;

    private async Task<string> FourLayerModelAsync()
    {
        var path = Path.Combine(_folder, "four-layers.gguf");
        var model = SyntheticModel.Create(new SyntheticModelOptions(Layers: 4, Experts: 4, ExpertsUsed: 2, Embedding: 64, FeedForward: 96));
        await using var stream = File.Create(path);
        await GgufWriter.WriteAsync(stream, model.Metadata, model.Tensors, CancellationToken.None);
        return path;
    }

    private static Exception? Load(string modelFile, string layers)
    {
        var file = $"""
            name: m
            server:
              engine: process
              binary: /bin/llama-server
              model_file: {modelFile}
              placement:
                devices: [{"{"}device: CUDA0, layers: "{layers}"{"}"}]
              model: /models/m.gguf
            prompts: [{"{"}name: a, messages: [{"{"}role: user, content: hi{"}"}]{"}"}]
            """;
        return Record.Exception(() => ScenarioLoader.Load("m.yaml", [], new InMemoryScenarioFiles(new Dictionary<string, string> { ["m.yaml"] = file })));
    }

    [Fact]
    public async Task Layers_inside_the_files_block_count_are_accepted()
    {
        Assert.Null(Load(await FourLayerModelAsync(), "0-3"));
    }

    [Fact]
    public async Task Layers_past_the_files_block_count_are_an_error_naming_the_file_as_the_source()
    {
        var error = Assert.IsType<InputException>(Load(await FourLayerModelAsync(), "2-5"));

        Assert.Equal(
            "m.yaml:7:39: server.placement.devices[0].layers: layers 4, 5 are outside the model's layers 0-3 (model_file has 4 blocks)",
            Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void A_missing_model_file_is_an_error_at_its_line()
    {
        var missing = Path.Combine(_folder, "absent.gguf");

        var error = Assert.IsType<InputException>(Load(missing, "0"));

        Assert.Equal($"m.yaml:5:15: model_file: no such file: {missing}", Assert.Single(error.Errors).ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
