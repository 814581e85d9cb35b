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
                $"  {r.Line,6} {r.Slot?.ToString(CultureInfo.InvariantCulture) ?? "-",4} {r.Task?.ToString(CultureInfo.InvariantCulture) ?? "-",6} {r.PromptTokens,7} {r.PromptMs,11:0.00} {r.PromptTokensPerSecond,9:0.00} {r.GeneratedTokens,6} {r.GenerationMs,11:0.00} {r.GenerationTokensPerSecond,9:0.00} {r.TotalMs?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-",11}"));
        }
    }

    private static void AppendFailures(StringBuilder text, IReadOnlyList<LogFailure> failures)
    {
        text.AppendLine(Invariant($"failures: {failures.Count}"));
        foreach (var f in failures)
        {
            var where = f.Device is null ? "" : $" on {f.Device}";
            var size = f.Mib is null ? "" : Invariant($" ({f.Mib:0.00} MiB)");
            text.AppendLine(Invariant($"  line {f.Line}: {JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Kind.ToString())}{where}{size}: {f.Message}"));
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
