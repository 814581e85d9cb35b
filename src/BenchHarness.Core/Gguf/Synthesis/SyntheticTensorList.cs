namespace BenchHarness.Gguf.Synthesis;

/// <summary>Collects the synthesized model's tensors: random matrices of the chosen type, F32 norms of ones, F32 random vectors.</summary>
internal sealed class SyntheticTensorList(GgmlType matrixType, int seed)
{
    private readonly List<GgufTensorSpec> tensors = [];

    public IReadOnlyList<GgufTensorSpec> All => tensors;

    public void Matrix(string name, params long[] shape) =>
        tensors.Add(new(name, shape, matrixType, RandomTensorContent.Random(name, shape, matrixType, seed)));

    public void RandomF32(string name, params long[] shape) =>
        tensors.Add(new(name, shape, GgmlTypes.F32, RandomTensorContent.Random(name, shape, GgmlTypes.F32, seed)));

    public void Constant(string name, float value, long length) =>
        tensors.Add(new(name, [length], GgmlTypes.F32, RandomTensorContent.Constant([length], GgmlTypes.F32, value)));
}
