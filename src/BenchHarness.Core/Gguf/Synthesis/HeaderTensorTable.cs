namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// A tensor table: each entry's shape and type give its exact size. Without a seed it is header-only (reading its
/// bytes fails); with one every tensor gets small random values (F32, F16 or Q8_0 only), a model llama-server loads.
/// </summary>
internal sealed class HeaderTensorTable(string shape, int? seed = null)
{
    public List<GgufTensorSpec> Tensors { get; } = [];

    /// <summary>The seed of a table with weights: llama-server serves it only with the byte-level vocabulary.</summary>
    public static int WeightsSeed(string shape, long vocab, int seed) => vocab == ByteLevelVocabulary.Tokens.Count
        ? seed
        : throw new InvalidOperationException($"{shape}: a model with weights needs the byte-level vocabulary of {ByteLevelVocabulary.Tokens.Count} tokens");

    /// <summary>The model of this table; with weights, the tokenizer joins <paramref name="metadata"/> so that llama-server can serve it.</summary>
    public SyntheticModel ToModel(List<KeyValuePair<string, GgufValue>> metadata)
    {
        if (seed is not null)
        {
            metadata.AddRange(SyntheticMetadata.Tokenizer());
        }

        return new SyntheticModel(metadata, Tensors);
    }

    public void Add(string name, GgmlType type, params long[] dims) =>
        Tensors.Add(new(name, dims, type, seed is { } s ? RandomTensorContent.Random(name, dims, type, s) : NoData(name)));

    public void Add(string name, string type, params long[] dims) =>
        Add(name, GgmlTypes.FindByName(type) ?? throw new ArgumentException($"{shape}: unknown ggml type {type}", nameof(type)), dims);

    private Func<IEnumerable<ReadOnlyMemory<byte>>> NoData(string name) =>
        () => throw new InvalidOperationException($"{name}: the {shape} shapes are for header-only files");
}
