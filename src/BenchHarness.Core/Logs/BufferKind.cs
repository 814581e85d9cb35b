namespace BenchHarness.Logs;

/// <summary>What a startup buffer holds.</summary>
public enum BufferKind
{
    Model,
    Kv,
    Compute,
}
