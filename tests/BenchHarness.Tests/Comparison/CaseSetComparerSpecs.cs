using BenchHarness.Comparison;
using BenchHarness.Results;
using static BenchHarness.Tests.Comparison.SyntheticSamples;

namespace BenchHarness.Tests.Comparison;

public sealed class CaseSetComparerSpecs
{
    [Fact]
    public void A_ten_percent_lower_candidate_with_low_noise_is_slower_and_a_regression()
    {
        var report = CaseSetComparer.Compare(
            Side((Case, Around(50, 0.01, 10, seed: 1))),
            Side((Case, Around(45, 0.01, 10, seed: 2))));

        var tg = report.Cases.Single(c => c.Metric == Metric.Tg);
        Assert.Equal(Verdict.Slower, tg.Verdict);
        Assert.InRange(tg.Estimate!.Ratio, 0.88, 0.92);
        Assert.True(tg.Estimate.High < 0.97);
        Assert.True(report.HasRegression);
    }

    [Fact]
    public void A_ten_percent_higher_candidate_is_faster_and_no_regression()
    {
        var report = CaseSetComparer.Compare(
            Side((Case, Around(50, 0.01, 10, seed: 3))),
            Side((Case, Around(55, 0.01, 10, seed: 4))));

        Assert.Equal(Verdict.Faster, report.Cases.Single(c => c.Metric == Metric.Tg).Verdict);
        Assert.False(report.HasRegression);
    }

    [Fact]
    public void A_against_A_with_noise_is_never_slower_or_faster_over_many_seeds()
    {
        var verdicts = Enumerable.Range(0, 100)
            .SelectMany(seed => CaseSetComparer.Compare(
                Side((Case, Around(50, 0.03, 12, seed))),
                Side((Case, Around(50, 0.03, 12, seed + 1000)))).Cases)
            .Select(c => c.Verdict)
            .ToList();

        Assert.DoesNotContain(Verdict.Slower, verdicts);
        Assert.DoesNotContain(Verdict.Faster, verdicts);
    }

    [Fact]
    public void A_against_A_with_low_noise_and_many_samples_is_same()
    {
        var report = CaseSetComparer.Compare(
            Side((Case, Around(50, 0.005, 30, seed: 5))),
            Side((Case, Around(50, 0.005, 30, seed: 6))));

        Assert.All(report.Cases, c => Assert.Equal(Verdict.Same, c.Verdict));
    }

    [Fact]
    public void Six_measured_samples_are_insufficient_data_because_warm_ups_and_errors_do_not_count()
    {
        var candidate = Around(50, 0.001, 8, seed: 7).ToList();
        candidate[0] = candidate[0] with { Warmup = true };
        candidate[1] = candidate[1] with { Error = "HTTP 500" };

        var report = CaseSetComparer.Compare(Side((Case, Around(50, 0.001, 20, seed: 8))), Side((Case, candidate)));

        Assert.All(report.Cases, c =>
        {
            Assert.Equal(Verdict.InsufficientData, c.Verdict);
            Assert.Equal(6, c.CandidateCount);
        });
        Assert.False(report.HasRegression);
    }

    [Fact]
    public void A_side_with_a_coefficient_of_variation_above_five_percent_is_flagged_noisy()
    {
        var report = CaseSetComparer.Compare(
            Side((Case, Around(50, 0.01, 10, seed: 9))),
            Side((Case, Around(50, 0.15, 10, seed: 10))));

        var tg = report.Cases.Single(c => c.Metric == Metric.Tg);
        Assert.True(tg.Noisy);
        Assert.True(tg.CandidateCoefficientOfVariation > 0.05);
        Assert.NotEqual(Verdict.Same, tg.Verdict);
    }

    [Fact]
    public void A_threshold_rule_for_the_variant_turns_a_five_percent_slowdown_into_same()
    {
        var baseline = Side((Case, Around(50, 0.002, 15, seed: 11)));
        var candidate = Side((Case, Around(47.5, 0.002, 15, seed: 12)));
        var loose = ComparisonOptions.Default with { ThresholdRules = [new ThresholdRule(0.08) { Variant = "q4", Metric = Metric.Tg }] };

        var strict = CaseSetComparer.Compare(baseline, candidate).Cases.Single(c => c.Metric == Metric.Tg);
        var relaxed = CaseSetComparer.Compare(baseline, candidate, loose).Cases.Single(c => c.Metric == Metric.Tg);

        Assert.Equal(Verdict.Slower, strict.Verdict);
        Assert.Equal(Verdict.Same, relaxed.Verdict);
        Assert.Equal(0.08, relaxed.Threshold);
    }

    [Fact]
    public void Prompt_rates_of_fully_cached_prompts_are_not_measurements()
    {
        var cached = Around(50, 0.01, 10, seed: 13).Select(s => s with { PromptTokensPerSecond = 0 }).ToList();

        var report = CaseSetComparer.Compare(Side((Case, Around(50, 0.01, 10, seed: 14))), Side((Case, cached)));

        var pp = report.Cases.Single(c => c.Metric == Metric.Pp);
        Assert.Equal(Verdict.InsufficientData, pp.Verdict);
        Assert.Null(pp.Estimate);
        Assert.Null(pp.CandidateMedian);
    }

    [Fact]
    public void Cases_on_one_side_only_are_listed_apart_and_not_compared()
    {
        var other = Case with { Prompt = "long" };
        var otherMachine = Case with { Machine = "machine-b" };

        var report = CaseSetComparer.Compare(
            Side((Case, Around(50, 0.01, 10, seed: 15)), (other, Around(50, 0.01, 10, seed: 16))),
            Side((Case, Around(50, 0.01, 10, seed: 17)), (otherMachine, Around(50, 0.01, 10, seed: 18))));

        Assert.All(report.Cases, c => Assert.Equal(Case, c.Case));
        Assert.Equal([other], report.OnlyInBaseline);
        Assert.Equal([otherMachine], report.OnlyInCandidate);
    }

    [Fact]
    public void Scenario_geometric_mean_cancels_a_slowdown_and_an_equal_speed_up()
    {
        var slowCase = Case with { Prompt = "a" };
        var fastCase = Case with { Prompt = "b" };
        IReadOnlyList<Sample> Constant(double tg) => Around(tg, 0, 10, seed: 0);

        var report = CaseSetComparer.Compare(
            Side((slowCase, Constant(100)), (fastCase, Constant(100))),
            Side((slowCase, Constant(80)), (fastCase, Constant(125))));

        var tg = report.Scenarios.Single(s => s.Metric == Metric.Tg);
        Assert.Equal("sweep", tg.Name);
        Assert.Equal(2, tg.CaseCount);
        Assert.Equal(1, tg.GeomeanRatio!.Value, 9);
    }
}
