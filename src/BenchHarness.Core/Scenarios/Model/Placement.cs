using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Model;

/// <summary>Expert placement shorthand: which layers' tensors go to which device, and where the rest go.</summary>
public sealed record Placement(string Tensors, IReadOnlyList<DevicePlacement> Devices, string? Rest)
{
    public const string DefaultTensors = "ffn_(gate|up|down)_exps";
}

/// <summary>One device's layers; the mark and path point at the <c>layers</c> value for range errors.</summary>
public sealed record DevicePlacement(string Device, IReadOnlyList<int> Layers, SourceMark LayersMark, string LayersPath);
