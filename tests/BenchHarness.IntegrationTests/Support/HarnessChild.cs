using System.Diagnostics;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>The real <c>bench run</c> as a child process, to be killed the way a user or the OOM killer would.</summary>
internal sealed class HarnessChild : IDisposable
{
    private readonly Process _process;

    private HarnessChild(Process process) => _process = process;

    public int Pid => _process.Id;

    public static HarnessChild Start(string scenario, string results, params string[] more)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "bench.dll"), "run", scenario, "--no-db", "--results", results }.Concat(more))
        {
            start.ArgumentList.Add(argument);
        }

        // Ownership drills run harnesses side by side on purpose: each gets a machine lock of its own.
        start.Environment["BENCH_MACHINE_LOCK"] = results + ".machine.lock";
        start.Environment.Remove("BENCH_DB");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HarnessChild(process);
    }

    /// <summary>SIGKILL: no handler runs, nothing is cleaned up.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
