using System.Globalization;
using BenchHarness.Results;

namespace BenchHarness.Monitoring;

/// <summary>GPU names and per-GPU memory/utilisation from <c>nvidia-smi</c>'s CSV query; nothing when it is not installed.</summary>
public static class NvidiaSmi
{
    // Once nvidia-smi is known to be missing, sampling stops trying to start it every second.
    private static volatile bool _missing;

    public static async Task<IReadOnlyList<string>> GpuNamesAsync(CancellationToken cancellationToken)
    {
        var csv = await ToolRunner.TryRunAsync("nvidia-smi", ["--query-gpu=name,memory.total", "--format=csv,noheader,nounits"], cancellationToken);
        return csv is null ? [] : Rows(csv).Select(r => $"{r[0]} ({r[1]} MiB)").ToArray();
    }

    public static async Task<IReadOnlyList<GpuSample>> SampleAsync(CancellationToken cancellationToken)
    {
        if (_missing)
        {
            return [];
        }

        var csv = await ToolRunner.TryRunAsync("nvidia-smi", ["--query-gpu=index,memory.used,utilization.gpu", "--format=csv,noheader,nounits"], cancellationToken);
        _missing = csv is null;
        return csv is null ? [] : ParseSamples(csv);
    }

    /// <summary>Free memory per GPU in MiB, keyed <c>CUDA&lt;index&gt;</c> as llama.cpp names them; empty without nvidia-smi.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> FreeMibAsync(CancellationToken cancellationToken)
    {
        var csv = await ToolRunner.TryRunAsync("nvidia-smi", ["--query-gpu=index,memory.free", "--format=csv,noheader,nounits"], cancellationToken);
        return csv is null
            ? new Dictionary<string, long>()
            : Rows(csv).Where(r => r.Length >= 2 && long.TryParse(r[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                .ToDictionary(r => $"CUDA{r[0]}", r => long.Parse(r[1], CultureInfo.InvariantCulture));
    }

    public static IReadOnlyList<GpuSample> ParseSamples(string csv) =>
        Rows(csv).Where(r => r.Length >= 3)
            .Select(r => new GpuSample(int.Parse(r[0], CultureInfo.InvariantCulture), Number(r[1]), Number(r[2])))
            .ToArray();

    private static IEnumerable<string[]> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(',', StringSplitOptions.TrimEntries));

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
}
