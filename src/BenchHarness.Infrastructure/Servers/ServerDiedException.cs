namespace BenchHarness.Servers;

/// <summary>The server exited while its cases ran; the message says how and shows the log's tail.</summary>
public sealed class ServerDiedException(string message) : Exception(message);
