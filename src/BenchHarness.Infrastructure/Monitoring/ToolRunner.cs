using System.Diagnostics;

namespace BenchHarness.Monitoring;

/// <summary>Runs a small helper program (argument list, no shell) and returns its stdout, or null when it is absent or fails.</summary>
internal static class ToolRunner
{
    public static async Task<string?> TryRunAsync(string program, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // not installed
        }

        if (process is null)
        {
            return null;
        }

        using (process)
        {
            try
            {
                var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
                await process.WaitForExitAsync(cancellationToken);
                return process.ExitCode == 0 ? await output : null;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }
    }
}
