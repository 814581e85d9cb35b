using BenchHarness.Logs;

namespace BenchHarness.Memory;

/// <summary>
/// One device and kind: predicted against reported MiB and the relative error (reported as the base). Compute rows
/// also carry the range the estimate expects the buffer in.
/// </summary>
public sealed record PlacementCheckRow(string Device, BufferKind Kind, double PredictedMib, double? ReportedMib, double? RelativeError)
{
    public double? PredictedLowMib { get; init; }
    public double? PredictedHighMib { get; init; }
}

/// <summary>
/// A variant's <c>placement_check</c>: every row, and <see cref="Differs"/> with its reasons when the model
/// bytes the server reports on a device are not what the plan puts there (an override shadowed by an earlier
/// one, a split-mode fallback, <c>--fit</c> having moved layers).
/// </summary>
public sealed record PlacementCheckResult(IReadOnlyList<PlacementCheckRow> Rows, bool Differs, IReadOnlyList<string> Reasons);

/// <summary>
/// Compares a prediction with the buffer sizes the server printed. The server's host-side buffer names count as
/// the CPU (<c>CPU_Mapped</c>, <c>CPU_REPACK</c>, <c>CUDA_Host</c>). Model bytes must agree within 1% or 1 MiB;
/// KV and compute are reported with their error but do not decide the flag (compute is an estimate).
/// </summary>
public static class PlacementCheck
{
    public const double ModelToleranceMib = 1.0;
    public const double ModelToleranceRelative = 0.01;

    public static PlacementCheckResult Compare(MemoryPrediction prediction, IReadOnlyList<BufferAllocation> reported)
    {
        var sums = reported
            .GroupBy(b => (Device: DeviceOf(b.Device), b.Kind))
            .ToDictionary(g => g.Key, g => g.Sum(b => b.Mib));
        var rows = new List<PlacementCheckRow>();
        var reasons = new List<string>();
        var devices = prediction.Devices.Select(d => d.Device).Union(sums.Keys.Select(k => k.Device)).ToList();
        foreach (var device in devices)
        {
            var predicted = prediction.Find(device);
            foreach (var kind in new[] { BufferKind.Model, BufferKind.Kv, BufferKind.Compute })
            {
                var bytes = predicted is null ? 0 : kind switch
                {
                    BufferKind.Model => predicted.ModelBytes,
                    BufferKind.Kv => predicted.KvBytes,
                    _ => predicted.Compute.Bytes,
                };
                var mib = bytes / DeviceVerdict.BytesPerMib;
                double? actual = sums.TryGetValue((device, kind), out var value) ? value : null;
                if (actual is null && bytes == 0)
                {
                    continue;
                }

                var error = actual is > 0 ? (mib - actual.Value) / actual.Value : (double?)null;
                rows.Add(new PlacementCheckRow(device, kind, Math.Round(mib, 2), actual, error is null ? null : Math.Round(error.Value, 4))
                {
                    PredictedLowMib = kind == BufferKind.Compute ? Math.Round((predicted?.Compute.Low ?? 0) / DeviceVerdict.BytesPerMib, 2) : null,
                    PredictedHighMib = kind == BufferKind.Compute ? Math.Round((predicted?.Compute.High ?? 0) / DeviceVerdict.BytesPerMib, 2) : null,
                });
                var off = Math.Abs(mib - (actual ?? 0));
                if (kind == BufferKind.Model && off > ModelToleranceMib && off > ModelToleranceRelative * (actual ?? 0))
                {
                    reasons.Add($"{device} holds {actual ?? 0:F2} MiB of weights, the plan puts {mib:F2} MiB there");
                }
            }
        }

        return new PlacementCheckResult(rows, reasons.Count > 0, reasons);
    }

    /// <summary>The device a printed buffer name belongs to: host buffers are the CPU's.</summary>
    public static string DeviceOf(string bufferName) =>
        bufferName is "CPU_Mapped" or "CPU_REPACK" or "CUDA_Host" || bufferName.StartsWith("CPU", StringComparison.Ordinal) ? "CPU" : bufferName;
}
