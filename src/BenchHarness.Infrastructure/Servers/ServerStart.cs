using BenchHarness.Planning;

namespace BenchHarness.Servers;

/// <summary>
/// What a launcher needs: the variant's launch, the run it belongs to (container labels), where its log goes and,
/// when known, the run's folder (the process server's pid file goes under it, see <see cref="Ownership.ServerPidFile"/>).
/// </summary>
public sealed record ServerStart(string VariantName, string RunId, ServerLaunch Launch, ServerLog Log, string? RunFolder = null);
