namespace BenchHarness.Storage;

/// <summary>One versioned schema change: <c>Migrations/NNNN_name.sql</c>, embedded in the assembly.</summary>
public sealed record Migration(int Version, string Name, string Sql);
