using BenchHarness.Planning;

namespace BenchHarness.Results;

/// <summary>
/// Which measured case of a variant a sample belongs to: prompt, thinking, context depth and concurrency.
/// Samples of one case are the repeats that medians, comparisons and the store group together.
/// </summary>
public readonly record struct CaseCoordinates(string Prompt, bool? Thinking, int Depth = 0, int Concurrency = 1)
{
    public static CaseCoordinates Of(Sample sample) => new(sample.Prompt, sample.Thinking, sample.Depth, sample.Concurrency);

    public static CaseCoordinates Of(BenchCase benchCase) => new(benchCase.Prompt, benchCase.Thinking, benchCase.Depth, benchCase.Concurrency);
}
