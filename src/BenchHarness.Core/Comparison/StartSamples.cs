using BenchHarness.Results;

namespace BenchHarness.Comparison;

/// <summary>The samples of one case from one server start (one variant of one run), and when that start began.</summary>
public sealed record StartSamples(DateTimeOffset StartedAt, IReadOnlyList<Sample> Samples);
