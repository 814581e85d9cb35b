namespace BenchHarness.Servers;

/// <summary>A server's cumulative CPU time and resident memory at one moment; CPU% comes from two readings.</summary>
public sealed record ResourceReading(TimeSpan? CpuTime, double? RssMib, double? CpuPercent = null);
