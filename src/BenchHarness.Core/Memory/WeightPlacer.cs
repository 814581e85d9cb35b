using System.Text.RegularExpressions;

namespace BenchHarness.Memory;

/// <summary>
/// Puts every loaded weight on a device as llama.cpp's loader does: the first override whose expression is found
/// in the tensor name wins (command-line order), else the layer's device (input on the CPU, output on the output
/// layer's device). Next-token-prediction blocks are not loaded. A model without <c>output.weight</c> reuses the
/// token embeddings as output, copied to the output device when that is not the CPU.
/// </summary>
public static class WeightPlacer
{
    public static IReadOnlyList<PlacedTensor> Place(
        ModelLayout model,
        LayerAssignment layers,
        IReadOnlyList<TensorOverride> overrides,
        IReadOnlyDictionary<string, MemoryDevice> devicesByName,
        ICollection<string> problems)
    {
        var rules = overrides.Select(rule => (Rule: rule, Expression: Compile(rule, problems))).ToList();
        foreach (var rule in overrides.Where(rule => !rule.TargetsCpu && !devicesByName.ContainsKey(rule.Target)).Select(rule => rule.Target).Distinct())
        {
            problems.Add($"-ot target '{rule}' is not a device of this launch (known: CPU, {string.Join(", ", devicesByName.Keys)}); the server would refuse to start");
        }

        PlacedTensor Place(ModelTensor tensor, MemoryDevice fallback)
        {
            foreach (var (rule, expression) in rules)
            {
                if (expression is not null && expression.IsMatch(tensor.Name))
                {
                    var target = rule.TargetsCpu ? MemoryDevice.Cpu : devicesByName.GetValueOrDefault(rule.Target, fallback);
                    return new PlacedTensor(tensor, target, rule);
                }
            }

            return new PlacedTensor(tensor, fallback, null);
        }

        var placed = new List<PlacedTensor>();
        foreach (var tensor in model.Tensors)
        {
            if (tensor.Layer is { } layer && layer >= model.TrunkLayers)
            {
                continue;
            }

            var fallback = tensor.Role switch
            {
                TensorRole.Input => MemoryDevice.Cpu,
                TensorRole.Output => layers.Output,
                _ => tensor.Layer is { } l && l < layers.Layers.Count ? layers.Layers[l] : MemoryDevice.Cpu,
            };
            placed.Add(Place(tensor, fallback));
        }

        var tied = model.Tensors.All(t => t.Name != "output.weight");
        if (tied && model.Tensors.FirstOrDefault(t => t.Name == "token_embd.weight") is { } embeddings)
        {
            var copy = Place(embeddings, layers.Output);
            if (copy.Device != MemoryDevice.Cpu || placed.All(p => p.Tensor != embeddings || p.Device != MemoryDevice.Cpu))
            {
                placed.Add(copy);
            }
        }

        return placed;
    }

    private static Regex? Compile(TensorOverride rule, ICollection<string> problems)
    {
        try
        {
            return new Regex(rule.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            problems.Add($"{rule.Origin} pattern '{rule.Pattern}' is not a valid regular expression: {e.Message}");
            return null;
        }
    }
}
