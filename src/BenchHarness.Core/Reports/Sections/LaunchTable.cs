using BenchHarness.Results;

namespace BenchHarness.Reports.Sections;

/// <summary>The exact launch of each variant (secrets were redacted when the run was recorded); one row per distinct launch.</summary>
internal static class LaunchTable
{
    public static ReportTable Of(IReadOnlyList<RunResult> runs) =>
        new("launches", "Server launch per variant: engine, binary or image, devices and the exact server arguments",
            ["variant", "engine", "binary / image", "devices", "server arguments"],
            runs.SelectMany(r => r.Variants)
                .Select(v => (IReadOnlyList<string>)
                [
                    v.Name, v.Launch.Engine, v.Launch.Image ?? v.Launch.Binary ?? "-", v.Launch.Devices.Count == 0 ? "-" : string.Join(", ", v.Launch.Devices),
                    string.Join(" ", v.Launch.ServerArgs.Select(Quoted)),
                ])
                .DistinctBy(row => string.Join("\u0001", row))
                .ToList());

    /// <summary>An argument with spaces or quotes is shown quoted, so the list reads back unambiguously.</summary>
    private static string Quoted(string arg) =>
        arg.Length > 0 && !arg.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? arg : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
