using System.Diagnostics;

namespace BenchHarness.Storage;

/// <summary>Runs one program with an argument array (never a shell) and collects its exit code and output.</summary>
internal static class ProgramRun
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new Result(process.ExitCode, (await stdout + await stderr).Trim());
    }
}
