using System.CommandLine;
using BenchHarness.Running;
using BenchHarness.Scenarios.Schema;

namespace BenchHarness.Cli.Commands;

/// <summary><c>--lock-wait</c>: how long a measuring command waits while another harness measures on this machine.</summary>
internal static class MachineLockOption
{
    public static Option<string> Create() => new("--lock-wait")
    {
        Description = "Wait this long (e.g. 30m, 6h) while another bench run or ab measures on this machine; 0 refuses at once.",
        DefaultValueFactory = _ => "6h",
    };

    public static async Task<MachineLock> AcquireAsync(ParseResult parse, Option<string> option, string what, CancellationToken cancellationToken)
    {
        var text = parse.GetValue(option)!;
        var wait = DurationText.Parse(text) ?? throw new InputException("--lock-wait", $"'{text}' is not a duration like 0, 30m or 6h");
        try
        {
            return await MachineLock.AcquireAsync(MachineLock.DefaultPath, what, wait, line => Console.Error.WriteLine(line), cancellationToken);
        }
        catch (MachineBusyException e)
        {
            throw new InputException("--lock-wait", e.Message);
        }
    }
}
