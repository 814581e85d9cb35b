namespace BenchHarness.Logs.Parsing;

/// <summary>What one log line says about a failure.</summary>
/// <param name="Kinds">The kinds the line shows, the most specific first.</param>
/// <param name="Consequence">
/// True for lines that only report that an earlier step failed (<c>failed to create context</c>, <c>exiting due to
/// model loading error</c>): they make a failure when nothing came before them, and add no kind to one that did.
/// </param>
internal sealed record FailureLine(IReadOnlyList<LogFailureKind> Kinds, string? Device, double? Mib, bool Consequence = false);
