namespace BenchHarness.Servers;

/// <summary>The server did not become ready: it exited, logged a fatal error or timed out. The message carries the log's tail.</summary>
public sealed class ServerStartException(string message) : Exception(message);
