namespace BenchHarness.Gguf.Synthesis;

/// <summary>A tensor table without data: each entry's shape and type give its exact size; reading its bytes fails.</summary>
internal sealed class HeaderTensorTable(string shape)
{
    public List<GgufTensorSpec> Tensors { get; } = [];

    public void Add(string name, GgmlType type, params long[] dims) => Tensors.Add(new(name, dims, type, NoData(name)));

    public void Add(string name, string type, params long[] dims) =>
        Add(name, GgmlTypes.FindByName(type) ?? throw new ArgumentException($"{shape}: unknown ggml type {type}", nameof(type)), dims);

    private Func<IEnumerable<ReadOnlyMemory<byte>>> NoData(string name) =>
        () => throw new InvalidOperationException($"{name}: the {shape} shapes are for header-only files");
}
