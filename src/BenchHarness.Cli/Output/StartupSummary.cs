using System.Globalization;
using System.Text;
using BenchHarness.Logs;

namespace BenchHarness.Cli.Output;

/// <summary>The startup part of the parse-log summary; a fact the log did not state is left out rather than shown empty.</summary>
internal static class StartupSummary
{
    public static void Append(StringBuilder text, StartupFacts s)
    {
        text.AppendLine("startup:");
        Line(text, "architecture", s.Architecture);
        Line(text, "model type", s.ModelType);
        Line(text, "file type", s.FileType);
        Line(text, "parameters", s.ModelParams);
        Line(text, "size", s.ModelSize);
        Line(text, "n_layer", Number(s.NLayer));
        Line(text, "n_expert", Number(s.NExpert));
        Line(text, "n_expert_used", Number(s.NExpertUsed));
        Line(text, "dense lead", Number(s.NLayerDenseLead));
        Line(text, "n_ctx", Number(s.NCtx));
        Line(text, "offloaded", s.OffloadedLayers is { } done ? Invariant($"{done}/{s.TotalLayers} layers to GPU") : null);
        Line(text, "graph nodes", Number(s.GraphNodes));
        Line(text, "graph splits", Number(s.GraphSplits));
        Line(text, "pinned host", s.PinnedHostMib is { } mib ? Invariant($"{mib:0.00} MiB") + (s.PinnedHostMs is { } ms ? Invariant($" in {ms:0.0} ms") : "") : null);
        Line(text, "split mode", s.SplitModeFallback is { } f ? $"{f.Requested} -> {f.Used}" : null);
        Line(text, "build", s.Build);
        foreach (var buffer in s.Buffers)
        {
            Line(text, "buffer", Invariant($"{buffer.Device,-10} {buffer.Kind.ToString().ToLowerInvariant(),-8} {buffer.Mib,12:0.00} MiB"));
        }
    }

    private static void Line(StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            text.AppendLine($"  {label,-14} {value}");
        }
    }

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
