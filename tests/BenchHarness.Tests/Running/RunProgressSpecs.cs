using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Tests.Running;

/// <summary>Where a run stands and how long is left: the pace of the finished cases applied to the cases left.</summary>
public sealed class RunProgressSpecs
{
    private static readonly PlannedVariant[] Plan = [new("default", 4), new("cpu-moe", 4)];

    [Fact]
    public void Time_left_is_the_time_per_finished_case_times_the_cases_left()
    {
        var run = Run(Variant("default", VariantStatus.Completed, 4), Variant("cpu-moe", VariantStatus.Running, 2));

        var progress = RunProgress.Of(run, Plan, TimeSpan.FromSeconds(60));

        Assert.Equal((2, 2, "cpu-moe"), (progress.Variant, progress.Variants, progress.VariantName));
        Assert.Equal((3, 4), (progress.Case, progress.Cases));
        Assert.Equal((6, 8), (progress.Done, progress.Total));
        Assert.Equal(TimeSpan.FromSeconds(20), progress.Remaining);
    }

    [Fact]
    public void Before_the_first_case_finishes_there_is_no_estimate()
    {
        var progress = RunProgress.Of(Run(Variant("default", VariantStatus.Running, 0)), Plan, TimeSpan.FromSeconds(30));

        Assert.Null(progress.Remaining);
        Assert.Equal((1, 1, 0), (progress.Variant, progress.Case, progress.Done));
        Assert.DoesNotContain("left", progress.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_that_failed_to_start_counts_its_cases_as_done_so_the_estimate_does_not_wait_for_them()
    {
        var run = Run(Variant("default", VariantStatus.Failed, 0), Variant("cpu-moe", VariantStatus.Running, 1));

        var progress = RunProgress.Of(run, Plan, TimeSpan.FromSeconds(10));

        Assert.Equal(5, progress.Done);
        Assert.Equal(TimeSpan.FromSeconds(6), progress.Remaining);
    }

    [Fact]
    public void Requests_sent_together_count_as_one_case()
    {
        var lanes = new VariantResult
        {
            Name = "default",
            Launch = new LaunchRecord { Engine = "process", ServerArgs = [] },
            Samples = [Sample(lane: 1), Sample(lane: 2), Sample(lane: 1), Sample(lane: 2)],
        };

        Assert.Equal(2, RunProgress.Of(Run(lanes), Plan, TimeSpan.FromSeconds(8)).Done);
    }

    [Fact]
    public void A_resumed_run_counts_only_the_cases_this_execution_finished()
    {
        PlannedVariant[] resumed = [new("default", 2, Before: 3)];

        var progress = RunProgress.Of(Run(Variant("default", VariantStatus.Running, 4)), resumed, TimeSpan.FromSeconds(12));

        Assert.Equal((1, 2), (progress.Done, progress.Total));
        Assert.Equal(TimeSpan.FromSeconds(12), progress.Remaining);
    }

    [Fact]
    public void The_line_names_variant_and_case_positions_elapsed_and_time_left()
    {
        var run = Run(Variant("default", VariantStatus.Completed, 4), Variant("cpu-moe", VariantStatus.Running, 2));

        var line = RunProgress.Of(run, Plan, TimeSpan.FromSeconds(3_725)).Describe();

        Assert.Equal("variant 2/2 cpu-moe, case 3/4; 6/8 cases done, 1:02:05 elapsed, about 20:41 left", line);
    }

    private static RunResult Run(params VariantResult[] variants) => new()
    {
        RunId = "r",
        Scenario = "smoke",
        ScenarioHash = "h",
        HarnessVersion = "0",
        StartedAt = DateTimeOffset.UnixEpoch,
        Host = new HostInfo { Hostname = "h", CpuModel = "cpu", Cores = 2, MemoryMib = 1024 },
        Variants = variants,
    };

    private static VariantResult Variant(string name, VariantStatus status, int samples) => new()
    {
        Name = name,
        Status = status,
        Launch = new LaunchRecord { Engine = "process", ServerArgs = [] },
        Samples = Enumerable.Range(0, samples).Select(_ => Sample()).ToList(),
    };

    private static Sample Sample(int? lane = null) => new() { Prompt = "short", Repeat = 0, Lane = lane };
}
