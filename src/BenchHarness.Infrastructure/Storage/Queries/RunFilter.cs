namespace BenchHarness.Storage.Queries;

/// <summary>Which runs <c>bench runs</c> lists, newest first; null matches all. <see cref="Commit"/> is a prefix.</summary>
public sealed record RunFilter(string? Scenario = null, string? Label = null, string? Commit = null, string? RunId = null, int Limit = 20);
