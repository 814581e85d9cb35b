using System.CommandLine;
using BenchHarness.Cli;
using BenchHarness.Cli.Commands;
using BenchHarness.Scenarios;

namespace BenchHarness.Tests.Cli;

/// <summary>
/// <c>bench run</c> finds configuration errors (engine socket, database string) before the first server
/// starts: exit 2, a message saying what was tried and how to fix it, and no run folder written.
/// </summary>
public sealed class RunPreflightSpecs : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("run-preflight-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Scenario(string engine)
    {
        var path = Path.Combine(_folder, $"{engine}.yaml");
        File.WriteAllText(path, $"""
            name: preflight
            server:
              engine: {engine}
              image: localhost/llama-server:latest
              binary: /nonexistent/llama-server
              model: /models/m.gguf
              host: 0.0.0.0
            prompts: [{"{"}name: hi, messages: [{"{"}role: user, content: hi{"}"}]{"}"}]
            """.Replace(engine == "process" ? "  image: localhost/llama-server:latest\n" : "  binary: /nonexistent/llama-server\n", "", StringComparison.Ordinal));
        return path;
    }

    private static Task<int> Bench(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return CommandRunner.InvokeAsync(root, args);
    }

    private string Results => Path.Combine(_folder, "results");

    [Fact]
    public async Task A_missing_engine_socket_is_named_with_how_to_start_the_engine()
    {
        var socket = Path.Combine(_folder, "podman.sock");
        var plan = ScenarioLoader.Load(Scenario("podman"), []);

        var error = await Assert.ThrowsAsync<InputException>(() =>
            RunPreflight.CheckAsync(plan, [], "unix://" + socket, null, noDb: true, CancellationToken.None));

        var message = Assert.Single(error.Errors).ToString();
        Assert.StartsWith($"--engine-socket: the container engine socket {socket} does not exist.", message);
        Assert.Contains("scripts/setup-podman.sh", message, StringComparison.Ordinal);
        Assert.Contains("DOCKER_HOST", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_with_a_missing_engine_socket_exits_2_before_writing_a_run()
    {
        var exit = await Bench("run", Scenario("podman"), "--engine-socket", Path.Combine(_folder, "podman.sock"), "--results", Results, "--no-db");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.False(Directory.Exists(Results));
    }

    [Fact]
    public async Task Run_with_a_malformed_database_string_exits_2_before_writing_a_run()
    {
        var exit = await Bench("run", Scenario("process"), "--db", "host db user bench", "--results", Results);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.False(Directory.Exists(Results));
    }

    [Fact]
    public async Task A_process_only_plan_needs_no_engine()
    {
        var plan = ScenarioLoader.Load(Scenario("process"), []);

        await RunPreflight.CheckAsync(plan, [], "unix://" + Path.Combine(_folder, "podman.sock"), "postgresql://bench@localhost/bench", noDb: false, CancellationToken.None);
    }
}
