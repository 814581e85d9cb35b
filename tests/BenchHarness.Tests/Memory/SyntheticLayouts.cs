using BenchHarness.Gguf;
using BenchHarness.Gguf.Synthesis;
using BenchHarness.Memory;

namespace BenchHarness.Tests.Memory;

/// <summary>The memory model's view of a synthesized model, read back from its header as `bench memory` reads a file.</summary>
internal static class SyntheticLayouts
{
    public static async Task<ModelLayout> ReadAsync(SyntheticModel model)
    {
        using var stream = new MemoryStream();
        await GgufWriter.WriteHeaderOnlyAsync(stream, model.Metadata, model.Tensors, CancellationToken.None);
        stream.Position = 0;
        return ModelLayoutReader.Read(GgufModel.FromShards([GgufReader.Read(stream, "synth.gguf")]));
    }

    public static Task<ModelLayout> OfAsync(SyntheticModelOptions options) => ReadAsync(SyntheticModel.Create(options));

    public static MemoryPrediction Predict(ModelLayout model, string args, IReadOnlyList<MemoryDevice>? localGpus = null)
    {
        var problems = new List<string>();
        var options = LaunchOptionsReader.Read(args.Split(' ', StringSplitOptions.RemoveEmptyEntries), problems);
        Assert.Empty(problems);
        return MemoryPredictor.Predict(model, options, localGpus ?? []);
    }

    /// <summary>A tensor's bytes in a device buffer: ggml's CPU backend (and an RPC server) aligns each to 32 bytes.</summary>
    public static long Aligned32(long bytes) => (bytes + 31) / 32 * 32;
}
