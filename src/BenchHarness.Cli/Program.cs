using System.CommandLine;
using BenchHarness.Cli;
using BenchHarness.Cli.Commands;

ConsoleSetup.Apply();
var root = new RootCommand("BenchHarness: benchmark and regression runner for llama-server (llama.cpp, ik_llama.cpp).");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

return await CommandRunner.InvokeAsync(root, args);
