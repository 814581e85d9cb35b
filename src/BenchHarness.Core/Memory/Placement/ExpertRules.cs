using System.Globalization;

namespace BenchHarness.Memory.Placement;

/// <summary>The <c>-ot</c> rules of a placement: which MoE layers' experts go to which device, the rest to the CPU last.</summary>
public static class ExpertRules
{
    public const string Tensors = "ffn_(gate|up|down)_exps";

    /// <summary>
    /// A rule per device, then the CPU catch-all: one comma-separated <c>-ot</c> value for llama.cpp, one <c>-ot</c>
    /// per rule for ik_llama.cpp.
    /// </summary>
    public static IReadOnlyList<string> Args(
        IReadOnlyList<(string Device, IReadOnlyList<int> Layers)> assignment, Scenarios.Model.ServerFamily family = Scenarios.Model.ServerFamily.LlamaCpp)
    {
        var rules = assignment.Where(a => a.Layers.Count > 0)
            .Select(a => string.Create(CultureInfo.InvariantCulture, $@"blk\.({string.Join('|', a.Layers)})\.{Tensors}={a.Device}"))
            .Append($"{Tensors}=CPU")
            .ToList();
        return family == Scenarios.Model.ServerFamily.IkLlamaCpp ? [.. rules.SelectMany(rule => new[] { "-ot", rule })] : ["-ot", string.Join(',', rules)];
    }

    /// <summary>Layer ranges for descriptions: 3-7, 20, 68-77.</summary>
    public static string Ranges(IEnumerable<int> layers)
    {
        var parts = new List<string>();
        foreach (var run in Runs(layers.Order().ToList()))
        {
            parts.Add(run.First == run.Last ? $"{run.First}" : $"{run.First}-{run.Last}");
        }

        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    private static IEnumerable<(int First, int Last)> Runs(IReadOnlyList<int> sorted)
    {
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            yield return (sorted[i], sorted[j]);
            i = j + 1;
        }
    }
}
