using BenchHarness.Results;

namespace BenchHarness.Running;

/// <summary>A request got no complete answer within its limit: its server is taken as hung and the variant ends.</summary>
internal sealed class RequestTimedOutException(Sample failed) : Exception(failed.Error)
{
    public Sample Failed { get; } = failed;
}
