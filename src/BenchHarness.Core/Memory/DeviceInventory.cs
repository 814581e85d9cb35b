namespace BenchHarness.Memory;

/// <summary>
/// The local GPUs a launch sees, in the order llama.cpp numbers them, from what is known without starting it:
/// device names in the budgets (<c>CUDA0</c>, <c>CUDA1</c>, ...), else as many <c>CUDA&lt;n&gt;</c> as <c>-ts</c>
/// has entries beyond the <c>--rpc</c> servers, else as many as <c>nvidia-smi</c> lists.
/// </summary>
public static class DeviceInventory
{
    public static IReadOnlyList<MemoryDevice> LocalGpus(LaunchOptions options, IEnumerable<string> budgetDevices, int detectedGpus)
    {
        var named = budgetDevices
            .Select(MemoryDevice.Parse)
            .Where(d => d.Kind is DeviceKind.Cuda or DeviceKind.Other)
            .OrderBy(d => d.Kind).ThenBy(d => d.Name.Length).ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        if (named.Count > 0)
        {
            return named;
        }

        var fromSplit = (options.TensorSplit?.Count ?? 0) - options.RpcServers.Count;
        var count = fromSplit > 0 ? fromSplit : detectedGpus;
        return [.. Enumerable.Range(0, count).Select(i => new MemoryDevice($"CUDA{i}", DeviceKind.Cuda))];
    }
}
