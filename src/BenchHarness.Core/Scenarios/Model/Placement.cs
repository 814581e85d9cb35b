using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Model;

/// <summary>
/// Expert placement shorthand: which layers' tensors go to which device, and where the rest go, written in the
/// form <see cref="Family"/> applies.
/// </summary>
public sealed record Placement(string Tensors, IReadOnlyList<DevicePlacement> Devices, string? Rest, ServerFamily Family = ServerFamily.LlamaCpp)
{
    public const string DefaultTensors = "ffn_(gate|up|down)_exps";
}

/// <summary>
/// Which server reads the overrides: pinned llama.cpp wants one comma-separated <c>-ot</c> (given several times it
/// warns "only last value will be used"); ik_llama.cpp takes one <c>-ot</c> per rule.
/// </summary>
public enum ServerFamily
{
    LlamaCpp,
    IkLlamaCpp,
}

/// <summary>One device's layers; the mark and path point at the <c>layers</c> value for range errors.</summary>
public sealed record DevicePlacement(string Device, IReadOnlyList<int> Layers, SourceMark LayersMark, string LayersPath);
