using BenchHarness.Planning;
using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Scenarios;

/// <summary>Defaults &lt; imports (in order) &lt; the file &lt; the variant &lt; <c>--set</c>.</summary>
public sealed class PrecedenceSpecs
{
    private const string Base = """
        variables: {threads: 4}
        server:
          engine: process
          binary: /opt/llama/llama-server
          model: /models/m.gguf
          port: 8001
          env: {A: from-base, B: from-base}
          args: [-c, 4096, --threads, "${threads}"]
        prompts:
          - name: hi
            messages: [{role: user, content: hi}]
        repeats: 2
        """;

    private static ScenarioPlan Load(string file, params string[] sets) =>
        ScenarioLoader.Load("s/main.yaml", sets, new InMemoryScenarioFiles(new Dictionary<string, string>
        {
            ["s/common/base.yaml"] = Base,
            ["s/common/more.yaml"] = "repeats: 3\nvariables: {threads: 6}\n",
            ["s/main.yaml"] = file,
        }));

    [Fact]
    public void Built_in_defaults_apply_when_nothing_sets_a_value()
    {
        var plan = Load("name: x\nimports: [common/base.yaml]\n");
        var launch = plan.Variants.Single().Launch;

        Assert.Equal("default", plan.Variants.Single().Name);
        Assert.Equal(TimeSpan.FromMinutes(10), launch.StartupTimeout);
        Assert.All(plan.Cases, c => Assert.Null(c.Thinking));
        Assert.DoesNotContain(plan.Cases, c => c.Warmup);
    }

    [Fact]
    public void Later_imports_win_over_earlier_ones_and_the_file_wins_over_both()
    {
        Assert.Equal(3, Load("name: x\nimports: [common/base.yaml, common/more.yaml]\n").Cases.Count);
        Assert.Equal(5, Load("name: x\nimports: [common/base.yaml, common/more.yaml]\nrepeats: 5\n").Cases.Count);
    }

    [Fact]
    public void Variables_from_a_later_import_replace_earlier_ones_everywhere_they_are_used()
    {
        var launch = Load("name: x\nimports: [common/base.yaml, common/more.yaml]\n").Variants.Single().Launch;

        Assert.Equal("6", ServerArgumentList.ValueOf(launch.ServerArgs, "--threads"));
    }

    [Fact]
    public void A_variant_wins_over_the_file_and_merges_the_environment()
    {
        var launch = Load("""
            name: x
            imports: [common/base.yaml]
            variants:
              - name: v
                port: 9000
                env: {B: from-variant}
                args_set: {--threads: 12}
            """).Variants.Single().Launch;

        Assert.Equal(9000, launch.ServerPort);
        Assert.Equal("12", ServerArgumentList.ValueOf(launch.ServerArgs, "--threads"));
        Assert.Equal(new Dictionary<string, string> { ["A"] = "from-base", ["B"] = "from-variant" }, launch.Environment);
    }

    [Fact]
    public void Set_on_the_command_line_wins_over_the_variant_too()
    {
        var plan = Load(
            "name: x\nimports: [common/base.yaml]\nvariants:\n  - {name: v, port: 9000, args_set: {--threads: 12}}\n",
            "server.port=8002", "server.args_set.--threads=16", "repeats=4");
        var launch = plan.Variants.Single().Launch;

        Assert.Equal(8002, launch.ServerPort);
        Assert.Equal("8002", ServerArgumentList.ValueOf(launch.ServerArgs, "--port"));
        Assert.Equal("16", ServerArgumentList.ValueOf(launch.ServerArgs, "--threads"));
        Assert.Equal(4, plan.Cases.Count);
    }

    [Fact]
    public void Set_values_are_read_as_yaml_so_lists_and_booleans_keep_their_type()
    {
        var plan = Load("name: x\nimports: [common/base.yaml]\n", "thinking=[false,true]", "repeats=1");

        Assert.Equal([false, true], plan.Cases.Select(c => c.Thinking));
    }

    [Fact]
    public void Set_with_an_unknown_key_is_an_error_that_names_the_command_line()
    {
        var error = Assert.Throws<InputException>(() => Load("name: x\nimports: [common/base.yaml]\n", "server.prot=1"));

        Assert.Equal("--set: server.prot: unknown key; did you mean 'port'?", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void Environment_references_read_the_environment()
    {
        var files = new InMemoryScenarioFiles(
            new Dictionary<string, string> { ["m.yaml"] = Base.Replace("/opt/llama/llama-server", "${env:LLAMA}/llama-server", StringComparison.Ordinal) + "\nname: x\n" },
            new Dictionary<string, string> { ["LLAMA"] = "/srv/llama" });

        Assert.Equal("/srv/llama/llama-server", ScenarioLoader.Load("m.yaml", [], files).Variants.Single().Launch.Binary);
    }

    [Fact]
    public void Relative_paths_resolve_against_the_file_that_wrote_them()
    {
        var launch = Load("name: x\nimports: [common/base.yaml]\nserver: {binary: ../bin/llama-server, model: models/m.gguf}\n").Variants.Single().Launch;

        Assert.Equal("bin/llama-server", launch.Binary);
        Assert.Equal("s/models/m.gguf", launch.ModelPath);
    }

    [Fact]
    public void Content_hash_changes_with_an_override_and_is_stable_otherwise()
    {
        const string file = "name: x\nimports: [common/base.yaml]\n";

        Assert.Equal(Load(file).ContentHash, Load(file).ContentHash);
        Assert.NotEqual(Load(file).ContentHash, Load(file, "server.args_set.--threads=9").ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", Load(file).ContentHash);
    }

    [Fact]
    public void A_variant_removes_a_flag_with_its_value_and_a_removal_that_matches_nothing_is_a_warning()
    {
        var plan = Load("name: x\nimports: [common/base.yaml]\nvariants:\n  - {name: v, args_remove: [--threads, --thread]}\n");

        Assert.Equal(["-m", "/models/m.gguf", "-c", "4096", "--port", "8001"], plan.Variants.Single().Launch.ServerArgs);
        Assert.Equal("variant 'v': args_remove '--thread' matches no argument of the base launch", Assert.Single(plan.Warnings));
    }
}
