namespace BenchHarness.Memory;

/// <summary>
/// Predicts one variant's memory from its server arguments and model and sets each device against its budget.
/// <paramref name="budgetsMib"/> are the budgets in force (command line over scenario over free memory);
/// <paramref name="freeMib"/> is what nvidia-smi reports free, which llama.cpp splits layers by when <c>-ts</c> is absent.
/// </summary>
public static class VariantMemoryCheck
{
    public static (VariantMemory Memory, MemoryPrediction Prediction) Evaluate(
        string name,
        IReadOnlyList<string> args,
        ModelLayout model,
        IReadOnlyDictionary<string, long> budgetsMib,
        IReadOnlyDictionary<string, long> freeMib,
        Scenarios.Model.ServerFamily family = Scenarios.Model.ServerFamily.LlamaCpp)
    {
        var problems = new List<string>();
        var options = LaunchOptionsReader.Read(args, problems, family);
        var gpus = DeviceInventory.LocalGpus(options, budgetsMib.Keys, freeMib.Count);
        var free = freeMib.ToDictionary(p => p.Key, p => p.Value * 1024 * 1024);
        var prediction = MemoryPredictor.Predict(model, options, gpus, free.Count > 0 ? free : null);
        var devices = prediction.Devices
            .Select(d => DeviceVerdict.Of(d, budgetsMib.TryGetValue(d.Device, out var budget) ? budget : null))
            .ToList();
        return (new VariantMemory(name, devices, [.. problems, .. prediction.Notes]), prediction);
    }
}
