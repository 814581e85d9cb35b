using BenchHarness.Comparison;
using BenchHarness.Selection;
using BenchHarness.Storage.Queries;

namespace BenchHarness.Storage.Comparison;

/// <summary>
/// <c>bench compare</c> over the store: resolves both selectors, reads their measured samples by case and
/// applies the comparison rule of <see cref="CaseSetComparer"/>. A selector that matches no run is bad input.
/// </summary>
public sealed class StoredComparison(BenchDatabase database)
{
    public async Task<StoredComparisonResult> CompareAsync(ComparisonRequest request, CancellationToken cancellationToken)
    {
        var queries = new SampleQueries(database);
        var baselineRuns = await RequireRunsAsync(queries, request.Baseline, request.Filter, "--baseline", cancellationToken);
        var candidateRuns = await RequireRunsAsync(queries, request.Candidate, request.Filter, "--candidate", cancellationToken);
        var baseline = await queries.CaseSamplesAsync(request.Baseline, request.Filter, cancellationToken);
        var candidate = await queries.CaseSamplesAsync(request.Candidate, request.Filter, cancellationToken);
        if (baseline.Count == 0 && candidate.Count == 0 && (request.Filter.Variant ?? request.Filter.Prompt) is not null)
        {
            await RequireFilterMatchesAsync(queries, request, cancellationToken);
        }

        var builds = new ComparedBuilds(
            await queries.CommitsAsync(request.Baseline, request.Filter, cancellationToken),
            await queries.CommitsAsync(request.Candidate, request.Filter, cancellationToken));
        var report = CaseSetComparer.Compare(StoredSamples.ByCase(baseline), StoredSamples.ByCase(candidate), request.Options) with { Builds = builds };
        var warnings = LaunchKeyWarnings.Of(baseline, candidate).ToList();
        if (ComparisonScope.OverlapWarning(baselineRuns, candidateRuns) is { } overlap)
        {
            warnings.Insert(0, overlap);
        }

        return new StoredComparisonResult(report, baselineRuns, candidateRuns, warnings);
    }

    /// <summary>Names the filter that matched nothing, with the values the selected runs do have.</summary>
    private static async Task RequireFilterMatchesAsync(SampleQueries queries, ComparisonRequest request, CancellationToken cancellationToken)
    {
        var unfiltered = request.Filter with { Variant = null, Prompt = null };
        var all = (await queries.CaseSamplesAsync(request.Baseline, unfiltered, cancellationToken))
            .Concat(await queries.CaseSamplesAsync(request.Candidate, unfiltered, cancellationToken))
            .Select(c => c.Key)
            .ToList();
        ComparisonScope.RequireMatch("--variant", request.Filter.Variant, all.Any(k => k.Variant == request.Filter.Variant), all.Select(k => k.Variant));
        ComparisonScope.RequireMatch("--prompt", request.Filter.Prompt, all.Any(k => k.Prompt == request.Filter.Prompt), all.Select(k => k.Prompt));
        throw new InputException("--variant", $"no measured sample of the selected runs has variant '{request.Filter.Variant}' with prompt '{request.Filter.Prompt}'");
    }

    private static async Task<IReadOnlyList<string>> RequireRunsAsync(
        SampleQueries queries, RunSelector selector, SampleFilter filter, string side, CancellationToken cancellationToken)
    {
        var runs = await queries.RunIdsAsync(selector, filter, cancellationToken);
        if (runs.Count == 0)
        {
            var scope = filter.Scenario is null ? "" : $" of scenario '{filter.Scenario}'";
            throw new InputException(side, $"no stored run{scope} matches '{selector}' (a run id, a label, commit:SHA, latest or accepted; see `bench runs`)");
        }

        return runs;
    }
}

/// <param name="Options">The rule: threshold, α, minimum samples (<see cref="ComparisonOptions.Default"/> is the documented one).</param>
public sealed record ComparisonRequest(RunSelector Baseline, RunSelector Candidate, SampleFilter Filter, ComparisonOptions Options);

/// <param name="Warnings">Lines for the user, e.g. cases whose server settings differ between the sides.</param>
public sealed record StoredComparisonResult(
    ComparisonReport Report,
    IReadOnlyList<string> BaselineRuns,
    IReadOnlyList<string> CandidateRuns,
    IReadOnlyList<string> Warnings);
