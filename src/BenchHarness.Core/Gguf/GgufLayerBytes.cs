namespace BenchHarness.Gguf;

/// <summary>
/// Expert weight bytes of one block (layer). <see cref="GateUpBytes"/> counts merged <c>ffn_gate_up_exps</c>
/// tensors, present only in models that merge them; <see cref="ExpertBytes"/> is the sum of all four.
/// </summary>
public sealed record GgufLayerBytes(int Index, long ExpertBytes, long GateBytes, long UpBytes, long DownBytes, long? GateUpBytes);
