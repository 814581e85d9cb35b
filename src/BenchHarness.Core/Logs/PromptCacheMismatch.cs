namespace BenchHarness.Logs;

/// <summary>A prefix-cache miss the server reported (<c>Common part does not match fully</c>), with the lines that follow it.</summary>
public sealed record PromptCacheMismatch(int Line, string Message);
