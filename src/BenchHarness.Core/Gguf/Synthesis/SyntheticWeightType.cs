namespace BenchHarness.Gguf.Synthesis;

/// <summary>How the synthesized model stores its matrices (norms and the router stay F32).</summary>
public enum SyntheticWeightType
{
    F16,
    Q8_0,
}
