using BenchHarness.Planning;

namespace BenchHarness.Servers;

/// <summary>What a launcher needs: the variant's launch, the run it belongs to (for container labels) and where its log goes.</summary>
public sealed record ServerStart(string VariantName, string RunId, ServerLaunch Launch, ServerLog Log);
