namespace BenchHarness.Memory;

/// <summary>
/// One tensor-override rule in the order llama.cpp tries them: a regular expression searched in the tensor name
/// and the buffer type (device) it sends matches to. <see cref="Origin"/> says which option made it
/// (<c>-ot</c>, <c>--cpu-moe</c>, <c>--n-cpu-moe 12</c>).
/// </summary>
public sealed record TensorOverride(string Pattern, string Target, string Origin)
{
    public bool TargetsCpu => Target == "CPU";
}
