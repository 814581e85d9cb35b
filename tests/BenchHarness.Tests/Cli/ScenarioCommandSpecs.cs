using System.CommandLine;
using BenchHarness.Cli;
using BenchHarness.Cli.Commands;
using BenchHarness.Tests.Scenarios;

namespace BenchHarness.Tests.Cli;

/// <summary><c>bench validate</c> and <c>bench plan</c> exit codes: 0 for good scenarios, 2 for bad input.</summary>
public sealed class ScenarioCommandSpecs
{
    private static readonly string Broken = Path.Combine(AppContext.BaseDirectory, "TestData", "scenarios", "broken");

    private static Task<int> Bench(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return CommandRunner.InvokeAsync(root, args);
    }

    [Fact]
    public async Task Validate_accepts_every_shipped_scenario()
    {
        var files = Directory.GetFiles(RepositoryFiles.Path("scenarios"), "*.yaml");

        Assert.Equal(0, await Bench(["validate", .. files]));
    }

    [Fact]
    public async Task Validate_exits_2_when_any_file_is_broken()
    {
        Assert.Equal(2, await Bench("validate", RepositoryFiles.Path("scenarios", "smoke.yaml"), Path.Combine(Broken, "bad-engine.yaml")));
    }

    [Fact]
    public async Task Validate_without_a_file_is_bad_input_not_a_failure()
    {
        Assert.Equal(2, await Bench("validate"));
    }

    [Fact]
    public async Task An_unknown_option_or_command_is_bad_input()
    {
        Assert.Equal(2, await Bench("validate", RepositoryFiles.Path("scenarios", "smoke.yaml"), "--no-such-option"));
        Assert.Equal(2, await Bench("no-such-command"));
    }

    [Fact]
    public async Task Plan_exits_2_for_bad_overrides_and_unknown_variants()
    {
        var smoke = RepositoryFiles.Path("scenarios", "smoke.yaml");

        Assert.Equal(2, await Bench("plan", smoke, "--set", "repeats=many"));
        Assert.Equal(2, await Bench("plan", smoke, "--set", "server=5"));
        Assert.Equal(2, await Bench("plan", smoke, "--variant", "missing"));
        Assert.Equal(0, await Bench("plan", smoke, "--json", "--variant", "cpu-moe"));
    }
}
