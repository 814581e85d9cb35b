namespace BenchHarness.Memory;

/// <summary>
/// Predicts per-device memory of a llama-server launch from the model's header and the launch options. Devices:
/// each <c>--rpc</c> server first (as llama.cpp orders them), then <paramref name="localGpus"/>; <c>-sm none</c>
/// keeps only the <c>-mg</c> device. Without <c>-ts</c> llama.cpp splits layers by free memory:
/// <paramref name="freeBytes"/> stands in for it when known, else the split is even.
/// </summary>
public static class MemoryPredictor
{
    public static MemoryPrediction Predict(
        ModelLayout model,
        LaunchOptions options,
        IReadOnlyList<MemoryDevice> localGpus,
        IReadOnlyDictionary<string, long>? freeBytes = null)
    {
        var notes = new List<string>();
        var devices = options.RpcServers.Select(MemoryDevice.Rpc).Concat(localGpus).ToList();
        if (options.SplitMode == SplitMode.None)
        {
            devices = options.MainGpu >= 0 && options.MainGpu < devices.Count ? [devices[options.MainGpu]] : [];
        }
        else if (options.SplitMode is SplitMode.Row or SplitMode.Tensor)
        {
            notes.Add($"-sm {options.SplitMode.ToString().ToLowerInvariant()} splits tensors across devices; predicted as -sm layer");
        }

        var proportions = options.TensorSplit
            ?? (freeBytes is not null && devices.All(d => freeBytes.ContainsKey(d.Name))
                ? devices.Select(d => (double)freeBytes[d.Name]).ToList()
                : devices.Select(_ => 1.0).ToList());
        var layers = LayerAssignment.Compute(model.BlockCount, options.GpuLayers, devices, proportions);
        var byName = devices.ToDictionary(d => d.Name);
        var placed = WeightPlacer.Place(model, layers, options.Overrides, byName, notes);
        var weights = ModelBufferModel.BytesPerDevice(placed, options.Mmap);
        var kv = KvCacheModel.BytesPerDevice(model, options, layers);
        var compute = ComputeModel.BytesPerDevice(model, options, layers, placed, devices);

        var result = devices.Append(MemoryDevice.Cpu)
            .Select(d => new DeviceMemory(d.Name, weights.GetValueOrDefault(d), kv.GetValueOrDefault(d), compute.GetValueOrDefault(d, ComputeEstimate.None)))
            .ToList();
        notes.AddRange(Assumptions(options, devices));
        return new MemoryPrediction(result, placed, layers, KvCacheModel.CellsOf(model, options), notes);
    }

    private static IEnumerable<string> Assumptions(LaunchOptions options, IReadOnlyList<MemoryDevice> devices)
    {
        if (options.Fit && devices.Count > 0 && options.Overrides.Count == 0)
        {
            yield return "--fit is on (the default): the server may lower -ngl or the context to fit free memory; predicted as if it changes nothing";
        }

        if (options.Family == Scenarios.Model.ServerFamily.IkLlamaCpp && options.Overrides.Any(o => o.Origin != "-ot") && options.Overrides.Any(o => o.Origin == "-ot"))
        {
            yield return "ik_llama.cpp: every explicit -ot is tried before the --cpu-moe/--n-cpu-moe rules, wherever they stand";
        }

        if (options.RepeatedOverrideOptions > 1 && options.Family == Scenarios.Model.ServerFamily.LlamaCpp)
        {
            yield return $"-ot given {options.RepeatedOverrideOptions} times: pinned llama.cpp applies every value in order but warns that only the last should count; one comma-separated -ot is the form it asks for";
        }

        if (options.Mmap)
        {
            yield return "CPU model bytes are the mapped span of the file (what the server reports as CPU_Mapped), not only the CPU-kept tensors";
        }
    }
}
