using ScottPlot;

namespace BenchHarness.Reports;

/// <summary>Draws a <see cref="PlotSpec"/> with ScottPlot as a PNG, embedded in the page as a data URI.</summary>
internal static class PlotImage
{
    public const int Width = 640;

    /// <summary>The drawing area's height; category labels written downwards get room below it.</summary>
    private const int AreaHeight = 300;

    public static string DataUri(PlotSpec spec) => "data:image/png;base64," + Convert.ToBase64String(Png(spec));

    /// <summary>Many categories are written downwards under their ticks, so long names neither overlap nor leave the image.</summary>
    public static int HeightOf(PlotSpec spec) => AreaHeight + (Vertical(spec) ? LabelRoom(spec) : 40);

    public static byte[] Png(PlotSpec spec)
    {
        var plot = new Plot();
        foreach (var series in spec.Series)
        {
            Add(plot, series);
        }

        foreach (var level in spec.HorizontalLines)
        {
            plot.Add.HorizontalLine(level, 1, Colors.Gray, LinePattern.Dashed);
        }

        foreach (var x in spec.VerticalLines)
        {
            plot.Add.VerticalLine(x, 2, Colors.Red, LinePattern.Dotted);
        }

        plot.Title(spec.Title);
        plot.XLabel(spec.XLabel);
        plot.YLabel(spec.YLabel);
        if (spec.Categories.Count > 0)
        {
            plot.Axes.Bottom.SetTicks([.. spec.Categories.Select((_, i) => (double)i)], [.. spec.Categories]);

            // Half a category of room each side, so points at the ends are not on the frame and their labels not cut.
            plot.Axes.SetLimitsX(-0.5, spec.Categories.Count - 0.5);
            if (Vertical(spec))
            {
                plot.Axes.Bottom.TickLabelStyle.Rotation = 90;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
                plot.Axes.Bottom.MinimumSize = LabelRoom(spec);
            }
        }

        if (spec.Series.Count > 1)
        {
            plot.ShowLegend(Alignment.UpperRight);
        }

        return plot.GetImageBytes(Width, HeightOf(spec), ImageFormat.Png);
    }

    private static bool Vertical(PlotSpec spec) => spec.Categories.Count > 3 || spec.Categories.Any(c => c.Length > 24);

    /// <summary>About 7 pixels per character of the longest label, within bounds.</summary>
    private static int LabelRoom(PlotSpec spec) => Math.Clamp((spec.Categories.Max(c => c.Length) * 7) + 16, 60, 240);

    private static void Add(Plot plot, PlotSeries series)
    {
        if (series.Points.Count == 0)
        {
            return;
        }

        var xs = series.Points.Select(p => p.X).ToArray();
        var ys = series.Points.Select(p => p.Y).ToArray();
        switch (series.Style)
        {
            case PlotStyle.Bars:
                plot.Add.Bars(xs, ys).LegendText = series.Name;
                break;
            case PlotStyle.Points:
                plot.Add.ScatterPoints(xs, ys).LegendText = series.Name;
                break;
            case PlotStyle.Lines:
                plot.Add.Scatter(xs, ys).LegendText = series.Name;
                break;
            default:
                var ranges = plot.Add.ErrorBar(xs, ys, [.. series.Points.Select(_ => 0.0)]);
                ranges.YErrorNegative = [.. series.Points.Select(p => p.Low is { } low ? p.Y - low : 0)];
                ranges.YErrorPositive = [.. series.Points.Select(p => p.High is { } high ? high - p.Y : 0)];
                plot.Add.ScatterPoints(xs, ys).LegendText = series.Name;
                break;
        }
    }
}
