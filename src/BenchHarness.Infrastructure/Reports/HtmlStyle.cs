namespace BenchHarness.Reports;

/// <summary>The page's only styles, inline: readable tables beside their plots, no external fonts.</summary>
internal static class HtmlStyle
{
    public const string Css =
        """
        body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1d1d1f;background:#fff}
        h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid #ddd}
        .facts{margin:0 0 .5rem;padding-left:1.2rem;font-size:.9rem}nav{font-size:.9rem;margin-bottom:1rem}
        .notes{font-size:.9rem;padding-left:1.2rem}
        .block{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start;margin:.75rem 0}
        figure{margin:0}figure img{max-width:100%;height:auto;border:1px solid #eee}
        .table{overflow:auto;max-height:32rem;max-width:100%}
        table{border-collapse:collapse;font-size:.8rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
        th,td{border:1px solid #ddd;padding:.15rem .4rem;text-align:left;vertical-align:top}
        th{background:#f5f5f7;position:sticky;top:0}td.num{text-align:right;font-variant-numeric:tabular-nums}
        td.args{font-family:ui-monospace,monospace;white-space:pre-wrap;max-width:48rem}
        tr.slower td{background:#fde8e8}
        """;
}
