using System.Globalization;
using System.Text;
using BenchHarness.Memory;

namespace BenchHarness.Cli.Commands;

/// <summary>The plain-text form of <c>bench memory</c>: one table per variant, then its notes.</summary>
internal static class MemoryReportText
{
    public static string Render(MemoryReport report)
    {
        var text = new StringBuilder();
        foreach (var variant in report.Variants)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{variant.Name}: {(variant.Fits ? "fits" : "does not fit")}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {"device",-28} {"model MiB",11} {"KV MiB",9} {"compute MiB",12} {"total MiB",11} {"budget MiB",11}  verdict");
            foreach (var d in variant.Devices)
            {
                var budget = d.BudgetMib?.ToString(CultureInfo.InvariantCulture) ?? "-";
                text.AppendLine(CultureInfo.InvariantCulture, $"  {d.Device,-28} {d.ModelMib,11:F2} {d.KvMib,9:F2} {d.ComputeMib,12:F2} {d.TotalMib,11:F2} {budget,11}  {d.Verdict}");
            }

            foreach (var note in variant.Notes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  note: {note}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
