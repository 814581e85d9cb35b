using System.Globalization;
using BenchHarness.Gguf;

namespace BenchHarness.Memory;

/// <summary>
/// Reads <see cref="LaunchOptions"/> from a llama-server argument list. Each <c>-ot</c> value splits on commas,
/// <c>--cpu-moe</c> adds the expert rule and <c>--n-cpu-moe N</c> one rule per layer 0..N-1. llama.cpp keeps
/// them in command-line order (common/arg.cpp pushes the CPU-MoE rules where the options stand); ik_llama.cpp
/// tries every explicit <c>-ot</c> first and appends the CPU-MoE rules after them (since its March 2026
/// <c>ncmoe</c> model parameter, src/llama-load-tensors.cpp), so an <c>-ot</c> after <c>--cpu-moe</c> still wins
/// there. Unknown options are ignored; bad values of known ones are reported.
/// </summary>
public static class LaunchOptionsReader
{
    /// <summary>llama.cpp's expert-tensor expression (common.h LLM_FFN_EXPS_REGEX).</summary>
    public const string ExpertPattern = @"\.ffn_(up|down|gate|gate_up)_(ch|)exps";

    private const string DensePattern = @"\.ffn_(up|down|gate)\.";

    public static LaunchOptions Read(
        IReadOnlyList<string> args, ICollection<string> problems, Scenarios.Model.ServerFamily family = Scenarios.Model.ServerFamily.LlamaCpp)
    {
        var options = new LaunchOptions { Family = family };
        var overrides = new List<TensorOverride>();
        var cpuMoe = family == Scenarios.Model.ServerFamily.IkLlamaCpp ? new List<TensorOverride>() : overrides;
        var otCount = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            string Next() => i + 1 < args.Count ? args[++i] : "";
            switch (flag)
            {
                case "-ngl" or "--gpu-layers" or "--n-gpu-layers":
                    var layers = Next();
                    options = options with { GpuLayers = layers is "auto" or "all" ? null : Int(flag, layers, problems) is { } n && n >= 0 ? n : null };
                    break;
                case "-sm" or "--split-mode":
                    options = options with { SplitMode = Split(Next(), problems) };
                    break;
                case "-ts" or "--tensor-split":
                    options = options with { TensorSplit = Proportions(Next(), problems) };
                    break;
                case "-mg" or "--main-gpu":
                    options = options with { MainGpu = Int(flag, Next(), problems) ?? 0 };
                    break;
                case "-c" or "--ctx-size":
                    options = options with { Context = Int(flag, Next(), problems) };
                    break;
                case "-np" or "--parallel":
                    var slots = Int(flag, Next(), problems);
                    options = options with { Parallel = slots is < 0 ? null : slots };
                    break;
                case "-kvu" or "--kv-unified":
                    options = options with { KvUnified = true };
                    break;
                case "-no-kvu" or "--no-kv-unified":
                    options = options with { KvUnified = false };
                    break;
                case "-ctk" or "--cache-type-k":
                    options = options with { CacheTypeK = CacheType(flag, Next(), problems) };
                    break;
                case "-ctv" or "--cache-type-v":
                    options = options with { CacheTypeV = CacheType(flag, Next(), problems) };
                    break;
                case "-b" or "--batch-size":
                    options = options with { Batch = Int(flag, Next(), problems) ?? 2048 };
                    break;
                case "-ub" or "--ubatch-size":
                    options = options with { MicroBatch = Int(flag, Next(), problems) ?? 512 };
                    break;
                case "-fa" or "--flash-attn":
                    options = options with { FlashAttention = Toggle(Next()) };
                    break;
                case "--no-mmap":
                    options = options with { Mmap = false };
                    break;
                case "--mmap":
                    options = options with { Mmap = true };
                    break;
                case "-nkvo" or "--no-kv-offload":
                    options = options with { KvOffload = false };
                    break;
                case "--swa-full":
                    options = options with { SwaFull = true };
                    break;
                case "-fit" or "--fit":
                    options = options with { Fit = Toggle(Next()) ?? true };
                    break;
                case "--rpc":
                    options = options with { RpcServers = [.. options.RpcServers, .. Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] };
                    break;
                case "-ot" or "--override-tensor":
                    otCount++;
                    overrides.AddRange(Overrides(Next(), problems));
                    break;
                case "-cmoe" or "--cpu-moe":
                    cpuMoe.Add(new TensorOverride(ExpertPattern, "CPU", "--cpu-moe"));
                    break;
                case "-ncmoe" or "--n-cpu-moe" or "-ncffn" or "--n-cpu-ffn":
                    var count = Int(flag, Next(), problems) ?? 0;
                    var expression = flag is "-ncmoe" or "--n-cpu-moe" ? ExpertPattern : DensePattern;
                    cpuMoe.AddRange(Enumerable.Range(0, Math.Max(0, count)).Select(layer =>
                        new TensorOverride(string.Create(CultureInfo.InvariantCulture, $@"blk\.{layer}{expression}"), "CPU", $"{flag} {count}")));
                    break;
            }
        }

        return options with
        {
            Overrides = cpuMoe == overrides ? overrides : [.. overrides, .. cpuMoe],
            RepeatedOverrideOptions = otCount > 1 ? otCount : 0,
        };
    }

    private static IEnumerable<TensorOverride> Overrides(string value, ICollection<string> problems)
    {
        foreach (var part in value.Split(','))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add($"-ot '{part}' is not PATTERN=DEVICE");
                continue;
            }

            yield return new TensorOverride(part[..equals], part[(equals + 1)..], "-ot");
        }
    }

    private static SplitMode Split(string value, ICollection<string> problems)
    {
        switch (value)
        {
            case "none": return SplitMode.None;
            case "layer": return SplitMode.Layer;
            case "row": return SplitMode.Row;
            case "tensor": return SplitMode.Tensor;
            default:
                problems.Add($"-sm '{value}' is not none, layer, row or tensor");
                return SplitMode.Layer;
        }
    }

    private static IReadOnlyList<double>? Proportions(string value, ICollection<string> problems)
    {
        var parts = value.Split([',', '/'], StringSplitOptions.TrimEntries);
        var numbers = new List<double>();
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number < 0)
            {
                problems.Add($"-ts '{value}': '{part}' is not a non-negative number");
                return null;
            }

            numbers.Add(number);
        }

        return numbers;
    }

    private static GgmlType CacheType(string flag, string value, ICollection<string> problems)
    {
        if (GgmlTypes.FindByName(value) is { } type)
        {
            return type;
        }

        problems.Add($"{flag} '{value}' is not a ggml type");
        return GgmlTypes.F16;
    }

    private static bool? Toggle(string value) => value switch
    {
        "on" or "1" or "true" or "enabled" => true,
        "off" or "0" or "false" or "disabled" => false,
        _ => null,
    };

    private static int? Int(string flag, string value, ICollection<string> problems)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problems.Add($"{flag} '{value}' is not a whole number");
        return null;
    }
}
