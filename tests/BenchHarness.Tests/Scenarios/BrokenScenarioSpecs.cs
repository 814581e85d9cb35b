using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Scenarios;

/// <summary>
/// Every file under TestData/scenarios/broken states, in its <c># expect:</c> lines, the exact errors it must
/// produce (paths relative to that folder), in order and nothing more.
/// </summary>
public sealed class BrokenScenarioSpecs
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "scenarios", "broken");

    public static TheoryData<string> BrokenFiles() =>
        [.. Directory.GetFiles(Folder, "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Broken_scenario_reports_exactly_its_expected_errors(string file)
    {
        var path = Path.Combine(Folder, file);
        var expected = File.ReadLines(path).Where(l => l.StartsWith("# expect: ", StringComparison.Ordinal)).Select(l => l["# expect: ".Length..]).ToList();
        Assert.NotEmpty(expected);

        var error = Assert.Throws<InputException>(() => ScenarioLoader.Load(path, []));

        Assert.Equal(expected, error.Errors.Select(e => e.ToString().Replace(Folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_error_names_a_line_and_column_in_the_file()
    {
        var error = Assert.Throws<InputException>(() => ScenarioLoader.Load(Path.Combine(Folder, "unknown-key.yaml"), []));

        Assert.All(error.Errors, e => Assert.True(e.Line > 0 && e.Column > 0, e.ToString()));
    }
}
