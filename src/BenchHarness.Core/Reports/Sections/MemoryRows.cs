using BenchHarness.Logs;
using BenchHarness.Memory;
using BenchHarness.Results;

namespace BenchHarness.Reports.Sections;

/// <summary>
/// Per-device buffers of each server start: the placement check's rows (predicted and reported) where the run has
/// one, else the buffers the server reported, summed per device and kind (host buffers count as the CPU's).
/// </summary>
internal static class MemoryRows
{
    public static IReadOnlyList<MemoryRow> Of(IEnumerable<(RunResult Run, VariantResult Variant)> starts) =>
        starts.SelectMany(s => s.Variant.PlacementCheck is { } check
                ? check.Rows.Select(r => new MemoryRow(s.Run.RunId, s.Variant.Name, r.Device, r.Kind, r.ReportedMib, r.PredictedMib))
                : (s.Variant.Startup?.Buffers ?? [])
                    .GroupBy(b => (Device: PlacementCheck.DeviceOf(b.Device), b.Kind))
                    .Select(g => new MemoryRow(s.Run.RunId, s.Variant.Name, g.Key.Device, g.Key.Kind, g.Sum(b => b.Mib), null)))
            .ToList();

    public static ReportTable Table(IReadOnlyList<MemoryRow> rows) =>
        new("memory", "Buffers per device (MiB); predicted where the run checked its placement",
            ["run", "variant", "device", "kind", "reported MiB", "predicted MiB", "predicted / reported"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.RunId, r.Variant, r.Device, Kind(r.Kind), ReportCell.Number(r.ReportedMib), ReportCell.Number(r.PredictedMib),
                ReportCell.Number(r.ReportedMib is > 0 && r.PredictedMib is { } p ? p / r.ReportedMib : null, "0.000"),
            ]).ToList());

    /// <summary>Reported MiB as bars, predicted as points, per variant, device and kind (of the first run that has them).</summary>
    public static PlotSpec Plot(IReadOnlyList<MemoryRow> rows)
    {
        var shown = rows.DistinctBy(r => (r.Variant, r.Device, r.Kind)).ToList();
        return new PlotSpec("memory", "Memory per device and kind", "", "MiB",
        [
            new PlotSeries("reported", PlotStyle.Bars, shown.Select((r, i) => new PlotPoint(i, r.ReportedMib ?? 0)).ToList()),
            new PlotSeries("predicted", PlotStyle.Points, shown.Select((r, i) => (r, i)).Where(p => p.r.PredictedMib is not null).Select(p => new PlotPoint(p.i, p.r.PredictedMib!.Value)).ToList()),
        ])
        {
            Categories = shown.Select(r => $"{r.Variant} {r.Device} {Kind(r.Kind)}").ToList(),
        };
    }

    private static string Kind(BufferKind kind) => kind.ToString().ToLowerInvariant();
}

internal sealed record MemoryRow(string RunId, string Variant, string Device, BufferKind Kind, double? ReportedMib, double? PredictedMib);
