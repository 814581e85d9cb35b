using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchHarness.Logs;

namespace BenchHarness.Cli.Output;

/// <summary>The human-readable form of a <see cref="LogReport"/>: startup facts, one table row per request, failures, cache misses.</summary>
internal static class LogReportSummary
{
    public static string Format(LogReport report)
    {
        var text = new StringBuilder();
        StartupSummary.Append(text, report.Startup);
        AppendRequests(text, report.Requests);
        AppendFailures(text, report.Failures);
        AppendCacheMismatches(text, report.CacheMismatches);
        return text.ToString().TrimEnd();
    }

    private static void AppendRequests(StringBuilder text, IReadOnlyList<RequestTiming> requests)
    {
        text.AppendLine(Invariant($"requests: {requests.Count}"));
        if (requests.Count == 0)
        {
            return;
        }

        text.AppendLine(Invariant($"  {"line",6} {"slot",4} {"task",6} {"prompt",7} {"prompt_ms",11} {"pp t/s",9} {"gen",6} {"gen_ms",11} {"tg t/s",9} {"total_ms",11}"));
        foreach (var r in requests)
        {
            text.AppendLine(Invariant(
                $"  {r.Line,6} {Count(r.Slot),4} {Count(r.Task),6} {Count(r.PromptTokens),7} {Amount(r.PromptMs),11} {Amount(r.PromptTokensPerSecond),9} {Count(r.GeneratedTokens),6} {Amount(r.GenerationMs),11} {Amount(r.GenerationTokensPerSecond),9} {Amount(r.TotalMs),11}"));
        }
    }

    /// <summary>A figure the log printed beyond what a number holds is absent, shown as "-".</summary>
    private static string Count(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Amount(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";

    private static void AppendFailures(StringBuilder text, IReadOnlyList<LogFailure> failures)
    {
        text.AppendLine(Invariant($"failures: {failures.Count}"));
        foreach (var f in failures)
        {
            var where = f.Device is null ? "" : $" on {f.Device}";
            var size = f.Mib is null ? "" : Invariant($" ({f.Mib:0.00} MiB)");
            var kinds = string.Join("+", f.Kinds.Select(kind => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString())));
            var severity = f.Fatal ? "" : " (not fatal)";
            text.AppendLine(Invariant($"  line {f.Line}: {kinds}{severity}{where}{size}: {f.Message}"));
        }
    }

    private static void AppendCacheMismatches(StringBuilder text, IReadOnlyList<PromptCacheMismatch> mismatches)
    {
        text.AppendLine(Invariant($"prefix-cache mismatches: {mismatches.Count}"));
        foreach (var m in mismatches)
        {
            text.AppendLine(Invariant($"  line {m.Line}: {m.Message.ReplaceLineEndings(" / ")}"));
        }
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
