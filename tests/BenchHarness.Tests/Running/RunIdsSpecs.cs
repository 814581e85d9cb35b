using BenchHarness.Running;

namespace BenchHarness.Tests.Running;

public sealed class RunIdsSpecs
{
    [Fact]
    public void A_run_id_starts_with_the_utc_time_and_the_scenario_slug()
    {
        var id = RunIds.Create(new DateTimeOffset(2026, 11, 22, 4, 15, 0, TimeSpan.FromHours(1)), "Head/Tail GLM 5.1", new Random(1));

        Assert.Matches(@"^20261122-031500-head-tail-glm-5-1-[0-9a-f]{4}$", id);
    }

    [Fact]
    public void A_name_without_letters_or_digits_still_gives_a_slug()
    {
        Assert.Equal("run", RunIds.Slug("///"));
        Assert.Equal("a-b", RunIds.Slug("--A  b--"));
    }
}
