using System.Text;
using CliWrap;
using CliWrap.Exceptions;

namespace BenchHarness.Builds;

/// <summary>
/// One external program of a build (git, npm, tar, cmake, podman), run through an argument list with CliWrap,
/// its output appended to a log file. Cancelling the token kills it. A non-zero exit becomes a
/// <see cref="BuildFailedException"/> naming the step and showing the log's tail.
/// </summary>
internal static class BuildStep
{
    private const int TailLines = 30;

    public static async Task RunAsync(
        string what, string program, IReadOnlyList<string> arguments, string workingDirectory, string logFile, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        await using var log = new StreamWriter(logFile, append: true, Encoding.UTF8);
        var gate = new object();
        void Append(string line)
        {
            lock (gate)
            {
                log.WriteLine(line);
            }
        }

        Append($"$ {program} {string.Join(' ', arguments)}");
        try
        {
            var result = await Cli.Wrap(program)
                .WithArguments(arguments)
                .WithWorkingDirectory(workingDirectory)
                .WithStandardOutputPipe(PipeTarget.ToDelegate(Append))
                .WithStandardErrorPipe(PipeTarget.ToDelegate(Append))
                .WithValidation(CommandResultValidation.None)
                .ExecuteAsync(cancellationToken);
            if (result.ExitCode != 0)
            {
                await log.FlushAsync(cancellationToken);
                log.Close();
                throw new BuildFailedException($"{what} failed ({program} exited with {result.ExitCode}); last lines of {logFile}:{Environment.NewLine}{Tail(logFile)}");
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or CliWrapException)
        {
            throw new BuildFailedException($"{what}: cannot run {program}: {e.Message}");
        }
    }

    /// <summary>Runs a short query (e.g. <c>git rev-parse</c>) and returns its trimmed stdout, or null when it fails.</summary>
    public static async Task<string?> QueryAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        try
        {
            var result = await Cli.Wrap(program)
                .WithArguments(arguments)
                .WithStandardOutputPipe(PipeTarget.ToStringBuilder(output))
                .WithValidation(CommandResultValidation.None)
                .ExecuteAsync(cancellationToken);
            return result.ExitCode == 0 ? output.ToString().Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string Tail(string logFile) =>
        string.Join(Environment.NewLine, File.ReadLines(logFile).TakeLast(TailLines));
}

/// <summary>A build step failed; the message says which and shows the end of its log.</summary>
public sealed class BuildFailedException(string message) : Exception(message);
