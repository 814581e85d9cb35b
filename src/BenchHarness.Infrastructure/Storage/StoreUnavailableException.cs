namespace BenchHarness.Storage;

/// <summary>The local cluster could not be found, created or started; the message says why and never holds a password.</summary>
public sealed class StoreUnavailableException(string message) : Exception(message);
