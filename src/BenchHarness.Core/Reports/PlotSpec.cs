namespace BenchHarness.Reports;

/// <summary>
/// A plot as data, for a plotting library to draw: series over numeric x, or over named categories when
/// <see cref="Categories"/> is set (x is then the category's index).
/// </summary>
public sealed record PlotSpec(string Id, string Title, string XLabel, string YLabel, IReadOnlyList<PlotSeries> Series)
{
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Reference levels, e.g. a ratio of 1 and the 1±θ band of a comparison.</summary>
    public IReadOnlyList<double> HorizontalLines { get; init; } = [];

    /// <summary>Marked x positions, e.g. change points of a history.</summary>
    public IReadOnlyList<double> VerticalLines { get; init; } = [];
}

public sealed record PlotSeries(string Name, PlotStyle Style, IReadOnlyList<PlotPoint> Points);

/// <param name="Low">With <see cref="PlotStyle.Ranges"/>: the lower end of the range drawn around <paramref name="Y"/>.</param>
public sealed record PlotPoint(double X, double Y, double? Low = null, double? High = null);

public enum PlotStyle
{
    Bars,
    Points,
    Lines,

    /// <summary>A marker at Y with a bar from Low to High (a ratio and its bounds).</summary>
    Ranges,
}
