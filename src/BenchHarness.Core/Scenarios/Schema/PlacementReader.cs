using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Schema;

/// <summary>Reads the <c>placement</c> shorthand and rejects a layer placed on two devices.</summary>
public static class PlacementReader
{
    private static readonly string[] Keys = ["tensors", "devices", "rest", "family"];
    private static readonly string[] DeviceKeys = ["device", "layers"];

    public static Placement? Read(FieldReader reader, YamlValue? value, string path)
    {
        var map = reader.Map(value, path, Keys);
        if (map is null)
        {
            return null;
        }

        var devices = new List<DevicePlacement>();
        if (map["devices"] is YamlList list)
        {
            for (var i = 0; i < list.Items.Count; i++)
            {
                if (ReadDevice(reader, list.Items[i], $"{path}.devices[{i}]") is { } device)
                {
                    devices.Add(device);
                }
            }
        }
        else if (map["devices"] is { } other)
        {
            reader.Fail(other, $"{path}.devices", $"expected a list, got {other.KindName}");
        }

        RejectSharedLayers(reader, devices);
        var tensors = reader.String(map["tensors"], $"{path}.tensors") ?? Placement.DefaultTensors;
        var family = Family(reader, map["family"], $"{path}.family");
        if (family == ServerFamily.LlamaCpp && tensors.Contains(',', StringComparison.Ordinal))
        {
            reader.Fail(map["tensors"]!, $"{path}.tensors", "llama.cpp splits its one -ot value at commas: write the expression without one (e.g. (a|b) for {1,2})");
        }

        return new Placement(tensors, devices, reader.String(map["rest"], $"{path}.rest"), family);
    }

    private static ServerFamily Family(FieldReader reader, YamlValue? value, string path)
    {
        switch (reader.String(value, path))
        {
            case null or "llama.cpp":
                return ServerFamily.LlamaCpp;
            case "ik_llama.cpp":
                return ServerFamily.IkLlamaCpp;
            case var other:
                reader.Fail(value!, path, $"unknown server family '{other}'; expected llama.cpp (one comma-separated -ot) or ik_llama.cpp (one -ot per rule)");
                return ServerFamily.LlamaCpp;
        }
    }

    private static DevicePlacement? ReadDevice(FieldReader reader, YamlValue item, string path)
    {
        var map = reader.Map(item, path, DeviceKeys);
        if (map is null)
        {
            return null;
        }

        var device = reader.String(map["device"], $"{path}.device");
        if (device is null)
        {
            reader.Fail(map, $"{path}.device", "required");
        }

        var layersValue = map["layers"];
        var layerTexts = layersValue is YamlList ? reader.Strings(layersValue, $"{path}.layers") : reader.String(layersValue, $"{path}.layers") is { } text ? [text] : null;
        if (layersValue is null || layerTexts is null)
        {
            if (layersValue is null)
            {
                reader.Fail(map, $"{path}.layers", "required");
            }

            return null;
        }

        var layers = LayerRanges.Parse(layerTexts, out var problem);
        if (layers is null)
        {
            reader.Fail(layersValue, $"{path}.layers", problem!);
            return null;
        }

        return device is null ? null : new DevicePlacement(device, layers, layersValue.Mark, $"{path}.layers");
    }

    private static void RejectSharedLayers(FieldReader reader, IReadOnlyList<DevicePlacement> devices)
    {
        for (var i = 1; i < devices.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var shared = devices[i].Layers.Intersect(devices[j].Layers).ToList();
                if (shared.Count > 0)
                {
                    reader.Fail(devices[i].LayersMark, devices[i].LayersPath,
                        shared.Count == 1
                            ? $"layer {shared[0]} is already placed on {devices[j].Device}"
                            : $"layers {string.Join(", ", shared)} are already placed on {devices[j].Device}");
                }
            }
        }
    }
}
