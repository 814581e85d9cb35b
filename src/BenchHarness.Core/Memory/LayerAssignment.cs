namespace BenchHarness.Memory;

/// <summary>
/// llama.cpp's layer split: the last <c>-ngl</c> of the n+1 layers (every block plus the output layer) go to the
/// devices, cut by the cumulative <c>-ts</c> proportions (free memory when none are given); the rest stay on the
/// CPU. Token embeddings always stay on the CPU. Float arithmetic as the server's, so boundaries match.
/// </summary>
public sealed record LayerAssignment(IReadOnlyList<MemoryDevice> Layers, MemoryDevice Output)
{
    public static LayerAssignment Compute(int blockCount, int? gpuLayers, IReadOnlyList<MemoryDevice> devices, IReadOnlyList<double> proportions)
    {
        var total = blockCount + 1;
        var ngl = gpuLayers ?? total;
        var start = Math.Max(total - ngl, 0);
        var active = devices.Count == 0 ? 0 : Math.Min(ngl, total);
        var cumulative = Cumulative(devices.Count, proportions);

        MemoryDevice DeviceOf(int layer)
        {
            if (layer < start || layer - start >= active)
            {
                return MemoryDevice.Cpu;
            }

            var position = (float)(layer - start) / active;
            var index = 0;
            while (index < cumulative.Length && cumulative[index] <= position)
            {
                index++;
            }

            return devices[Math.Min(index, devices.Count - 1)];
        }

        return new LayerAssignment([.. Enumerable.Range(0, blockCount).Select(DeviceOf)], DeviceOf(blockCount));
    }

    private static float[] Cumulative(int count, IReadOnlyList<double> proportions)
    {
        var splits = new float[count];
        var allZero = proportions.Take(count).All(p => p == 0);
        float sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += allZero ? 1f : (float)(i < proportions.Count ? proportions[i] : 0);
            splits[i] = sum;
        }

        for (var i = 0; i < count; i++)
        {
            splits[i] /= sum;
        }

        return splits;
    }
}
