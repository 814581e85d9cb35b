using System.Globalization;
using System.Text;
using BenchHarness.Gguf;

namespace BenchHarness.Cli.Commands;

/// <summary>The human-readable form of a <see cref="GgufModelReport"/>: the model facts, then one row per layer.</summary>
internal static class GgufReportText
{
    public static string Render(GgufModelReport report)
    {
        var text = new StringBuilder();
        void Line(string name, object? value) =>
            text.AppendLine(CultureInfo.InvariantCulture, $"{name,-27}{value ?? "-"}");

        foreach (var file in report.Files)
        {
            Line("file", file);
        }

        Line("gguf_version", report.Version);
        Line("architecture", report.Architecture);
        Line("block_count", report.BlockCount);
        Line("expert_count", report.ExpertCount);
        Line("expert_used_count", report.ExpertUsedCount);
        Line("leading_dense_block_count", report.LeadingDenseBlockCount);
        Line("context_length", report.ContextLength);
        Line("tensor_count", report.TensorCount);
        Line("tensor_bytes_total", Bytes(report.TensorBytesTotal));
        Line("expert_bytes_total", Bytes(report.ExpertBytesTotal));
        foreach (var tensor in report.Tensors.Where(tensor => tensor.Bytes is null))
        {
            Line("size unknown", $"{tensor.Name}: {tensor.SizeProblem}");
        }

        if (report.Layers.Count > 0)
        {
            text.AppendLine().AppendLine("layer   expert_bytes     gate_bytes       up_bytes     down_bytes");
            foreach (var layer in report.Layers)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{layer.Index,5} {layer.ExpertBytes,14:N0} {layer.GateBytes,14:N0} {layer.UpBytes,14:N0} {layer.DownBytes,14:N0}");
            }
        }

        return text.ToString();
    }

    private static string Bytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} ({bytes / 1048576.0:F2} MiB)");
}
