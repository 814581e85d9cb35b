using BenchHarness.Infrastructure.Gguf;
using BenchHarness.Memory;
using BenchHarness.Planning;

namespace BenchHarness.Running;

/// <summary>
/// A variant's memory before its server starts: the model's header read from the host (<c>model_file</c>, or the
/// process server's <c>-m</c> path), predicted per device and set against the budgets in force (the scenario's
/// <c>budgets:</c> over the free memory nvidia-smi reports). No prediction when no model file is readable here.
/// </summary>
internal sealed class VariantMemoryGate(IReadOnlyDictionary<string, long> budgetsMib, IReadOnlyDictionary<string, long> freeMib)
{
    public static async Task<VariantMemoryGate> CreateAsync(ScenarioPlan plan, CancellationToken cancellationToken)
    {
        var free = await Monitoring.NvidiaSmi.FreeMibAsync(cancellationToken);
        var budgets = new Dictionary<string, long>(free, StringComparer.Ordinal);
        foreach (var (device, mib) in plan.Budgets)
        {
            budgets[device] = mib;
        }

        return new VariantMemoryGate(budgets, free);
    }

    public (VariantMemory Memory, MemoryPrediction Prediction)? Predict(string variant, ServerLaunch launch, CancellationToken cancellationToken)
    {
        if (ModelPath(launch) is not { } path || !File.Exists(path))
        {
            return null;
        }

        try
        {
            var model = ModelLayoutReader.Read(GgufModelFiles.Read(path, cancellationToken));
            var (memory, prediction) = VariantMemoryCheck.Evaluate(variant, launch.ServerArgs, model,
                ContainerGpus.InServerNames(budgetsMib, launch.Devices), ContainerGpus.InServerNames(freeMib, launch.Devices), launch.Family);
            return (ContainerGpus.InHostNames(memory, launch.Devices), prediction);
        }
        catch (InputException)
        {
            return null; // not a GGUF the model can read: the server says what is wrong with it
        }
    }

    /// <summary>
    /// A co-resident layout's servers summed per host device (see <see cref="LayoutMemory"/>); null when none of
    /// them has a model file readable here.
    /// </summary>
    public VariantMemory? PredictLayout(string layout, IEnumerable<VariantPlan> roles, CancellationToken cancellationToken)
    {
        var servers = roles
            .Select(r => Predict(r.Name, r.Launch, cancellationToken))
            .OfType<(VariantMemory Memory, MemoryPrediction Prediction)>()
            .Select(p => p.Memory)
            .ToList();
        return servers.Count == 0 ? null : LayoutMemory.Sum(layout, servers, budgetsMib);
    }

    /// <summary>
    /// Whether a launch that does not fit may still start: with <c>--fit</c> on (the default) and neither <c>-ngl</c>
    /// nor tensor overrides, the server itself lowers the offload to fit its free memory.
    /// </summary>
    public static bool ServerFitsItself(IReadOnlyList<string> args)
    {
        var options = LaunchOptionsReader.Read(args, []);
        return options.Fit && options.GpuLayers is null && options.Overrides.Count == 0;
    }

    /// <summary>Why a variant predicted not to fit is skipped: each device over its budget, by how much.</summary>
    public static string SkipReason(VariantMemory memory) =>
        "predicted not to fit: " + string.Join("; ", memory.Devices.Where(d => d.SurelyOver)
            .Select(d => FormattableString.Invariant($"{d.Device} needs {d.TotalMib:F0} MiB of {d.BudgetMib} ({d.Verdict})")))
        + " (bench memory shows the breakdown; --try-anyway starts it regardless)";

    /// <summary>A variant over a budget only through the compute estimate's central figure: started, with a warning.</summary>
    public static string Doubt(VariantMemory memory) =>
        "may not fit: " + string.Join("; ", memory.Devices.Where(d => d.Fits == false)
            .Select(d => FormattableString.Invariant($"{d.Device} needs {d.TotalMib:F0} MiB of {d.BudgetMib} ({d.Verdict}), {d.TotalMib - d.ComputeMib + d.ComputeLowMib:F0} MiB with the compute buffers at the low end of their estimate")))
        + "; starting it, as the compute estimate is not exact";

    private static string? ModelPath(ServerLaunch launch)
    {
        var path = launch.ModelFile ?? (launch.Engine == EngineKind.Process ? launch.ModelPath : null);
        return path is null ? null : Path.GetFullPath(path, launch.WorkingDirectory ?? Environment.CurrentDirectory);
    }
}
