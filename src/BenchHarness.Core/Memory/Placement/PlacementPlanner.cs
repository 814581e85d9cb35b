using System.Globalization;

namespace BenchHarness.Memory.Placement;

/// <summary>
/// Candidate expert placements of one model within device budgets (memory less the reserve), each the most expert
/// layers its rule keeps off the CPU while every device fits: all experts on the CPU; tail-first (what
/// <c>--n-cpu-moe</c> does); the tail packed device by device with explicit <c>-ot</c>, offered when a plain split
/// overloads one device (seed 003); head-first; head + tail (seed 000); and <c>--fit</c> as the server's own answer.
/// Every candidate but <c>--fit</c> offloads all layers with <c>-ts</c> in proportion to the usable memory and turns
/// <c>--fit</c> off, so the server loads what was planned.
/// </summary>
public sealed class PlacementPlanner
{
    private readonly ModelLayout _model;
    private readonly IReadOnlyList<string> _baseArgs;
    private readonly IReadOnlyList<DeviceBudget> _devices;
    private readonly Dictionary<string, long> _budgets;
    private readonly IReadOnlyList<int> _moeLayers;
    private readonly IReadOnlyList<string> _offload;

    private readonly Scenarios.Model.ServerFamily _family;

    public PlacementPlanner(ModelLayout model, IReadOnlyList<string> baseArgs, IReadOnlyList<DeviceBudget> devices,
        Scenarios.Model.ServerFamily family = Scenarios.Model.ServerFamily.LlamaCpp)
    {
        _family = family;
        _model = model;
        _baseArgs = baseArgs;
        _devices = [.. devices.Where(d => d.Device != "CPU").OrderBy(d => d.IsRpc ? 0 : 1)];
        _budgets = devices.ToDictionary(d => d.Device, d => d.UsableMib, StringComparer.Ordinal);
        _moeLayers = [.. model.Tensors.Where(t => t.Layer < model.TrunkLayers && t.Name.Contains("_exps.", StringComparison.Ordinal))
            .Select(t => t.Layer!.Value).Distinct().Order()];
        var split = string.Join(',', _devices.Select(d => d.UsableMib.ToString(CultureInfo.InvariantCulture)));
        _offload = family == Scenarios.Model.ServerFamily.LlamaCpp ? ["-ngl", "999", "-ts", split, "-fit", "off"] : ["-ngl", "999", "-ts", split];
    }

    /// <summary>The devices in the order the server numbers them: RPC servers first, then local GPUs.</summary>
    public IReadOnlyList<DeviceBudget> Devices => _devices;

    public IReadOnlyList<PlacementCandidate> Plan()
    {
        var allCpu = Candidate("all-experts-cpu", "every MoE layer's experts on the CPU", [.. _offload, "--cpu-moe"]);
        if (!allCpu.Memory.Fits)
        {
            throw new InputException("bench place", $"even with every expert on the CPU the model does not fit: {Over(allCpu.Memory)}");
        }

        var candidates = new List<PlacementCandidate> { allCpu };
        var tail = Largest(k => TailFirst(k).Memory.Fits);
        if (tail > 0)
        {
            candidates.Add(TailFirst(tail));
        }

        var packedTail = Largest(k => Packed(_moeLayers.TakeLast(k)) is not null);
        if (packedTail > tail)
        {
            candidates.Add(PackedCandidate("tail-per-device", "tail-first, packed device by device with -ot (a plain split overloads a device)", _moeLayers.TakeLast(packedTail)));
        }

        var head = Largest(k => Packed(_moeLayers.Take(k)) is not null);
        if (head > 0)
        {
            candidates.Add(PackedCandidate("head-first", "head-first", _moeLayers.Take(head)));
        }

        var headTail = Largest(k => k < 2 || Packed(HeadAndTail(k)) is not null);
        if (headTail >= 2)
        {
            candidates.Add(PackedCandidate("head-tail", "head + tail", HeadAndTail(headTail)));
        }

        if (_family == Scenarios.Model.ServerFamily.LlamaCpp)
        {
            candidates.Add(Candidate("fit", "--fit on: the server chooses layers and context to fit its free memory; predicted as if everything is offloaded", ["-fit", "on"]));
        }

        // Where every expert fits, head-first and head + tail place the same layers: keep the first of equal ones.
        return [.. candidates.DistinctBy(c => string.Join('\n', c.Args))];
    }

    private PlacementCandidate TailFirst(int kept)
    {
        var first = kept >= _moeLayers.Count ? 0 : _moeLayers[_moeLayers.Count - kept];
        var cpuCount = kept == 0 ? _model.TrunkLayers : first;
        return Candidate(
            "tail-first",
            $"--n-cpu-moe {cpuCount}: experts of MoE layers {ExpertRules.Ranges(_moeLayers.TakeLast(kept))} stay with their layers' devices, the rest on the CPU",
            [.. _offload, "--n-cpu-moe", cpuCount.ToString(CultureInfo.InvariantCulture)]);
    }

    private PlacementCandidate PackedCandidate(string name, string what, IEnumerable<int> layers)
    {
        var assignment = Packed(layers)!;
        var where = string.Join("; ", assignment.Where(a => a.Layers.Count > 0).Select(a => $"MoE layers {ExpertRules.Ranges(a.Layers)} on {a.Device}"));
        return Candidate(name, $"{what}: experts of {where}, the rest on the CPU", [.. _offload, .. ExpertRules.Args(assignment, _family)]);
    }

    /// <summary>Layers in order onto devices in order, each device taking layers while it still fits; null when they do not all fit.</summary>
    private List<(string Device, IReadOnlyList<int> Layers)>? Packed(IEnumerable<int> layers)
    {
        var assignment = _devices.Select(d => (d.Device, Layers: (IReadOnlyList<int>)[])).ToList();
        var device = 0;
        foreach (var layer in layers)
        {
            while (true)
            {
                if (device >= assignment.Count)
                {
                    return null;
                }

                var trial = assignment.ToList();
                trial[device] = (trial[device].Device, [.. trial[device].Layers, layer]);
                var memory = Evaluate([.. _offload, .. ExpertRules.Args(trial, _family)]);
                if (memory.Devices.Single(d => d.Device == trial[device].Device).Fits != false)
                {
                    assignment = trial;
                    break;
                }

                device++;
            }
        }

        return Evaluate([.. _offload, .. ExpertRules.Args(assignment, _family)]).Fits ? assignment : null;
    }

    private IEnumerable<int> HeadAndTail(int count) =>
        _moeLayers.Take((count + 1) / 2).Concat(_moeLayers.TakeLast(count / 2)).Distinct();

    /// <summary>The largest count of MoE layers for which <paramref name="fits"/> holds (it holds for fewer when it holds for more).</summary>
    private int Largest(Func<int, bool> fits)
    {
        int low = 0, high = _moeLayers.Count;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (fits(middle))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private PlacementCandidate Candidate(string name, string what, IReadOnlyList<string> args)
    {
        var memory = Evaluate(args) with { Name = name };
        var totals = string.Join(", ", memory.Devices.Select(d => d.BudgetMib is { } budget
            ? FormattableString.Invariant($"{d.Device} {d.TotalMib:F0} of {budget}")
            : FormattableString.Invariant($"{d.Device} {d.TotalMib:F0}")));
        return new PlacementCandidate(name, $"{what}. Predicted MiB: {totals}", args, memory);
    }

    private VariantMemory Evaluate(IReadOnlyList<string> args) =>
        VariantMemoryCheck.Evaluate("candidate", [.. _baseArgs, .. args], _model, _budgets, new Dictionary<string, long>(), _family).Memory;

    private static string Over(VariantMemory memory) =>
        string.Join("; ", memory.Devices.Where(d => d.Fits == false).Select(d => $"{d.Device} {d.Verdict}"));
}
