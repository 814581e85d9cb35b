namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// A tensor table: each entry's shape and type give its exact size. Without a seed it is header-only (reading its
/// bytes fails); with one every tensor gets small random values (F32, F16 or Q8_0 only), a model llama-server loads.
/// </summary>
internal sealed class HeaderTensorTable(string shape, int? seed = null)
{
    public List<GgufTensorSpec> Tensors { get; } = [];

    public void Add(string name, GgmlType type, params long[] dims) =>
        Tensors.Add(new(name, dims, type, seed is { } s ? RandomTensorContent.Random(name, dims, type, s) : NoData(name)));

    public void Add(string name, string type, params long[] dims) =>
        Add(name, GgmlTypes.FindByName(type) ?? throw new ArgumentException($"{shape}: unknown ggml type {type}", nameof(type)), dims);

    private Func<IEnumerable<ReadOnlyMemory<byte>>> NoData(string name) =>
        () => throw new InvalidOperationException($"{name}: the {shape} shapes are for header-only files");
}
