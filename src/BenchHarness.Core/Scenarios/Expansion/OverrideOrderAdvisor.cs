namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Warns when <c>--cpu-moe</c>/<c>--n-cpu-moe</c> meets explicit <c>-ot</c> overrides: llama.cpp matches tensor
/// overrides first-match in command-line order (the CPU-MoE options add theirs where they stand), while
/// ik_llama.cpp applies the explicit <c>-ot</c> placements first.
/// </summary>
public static class OverrideOrderAdvisor
{
    private static readonly string[] CpuMoe = ["--cpu-moe", "-cmoe", "--n-cpu-moe", "-ncmoe"];
    private static readonly string[] Override = ["-ot", "--override-tensor"];

    public static string? Check(string variant, IReadOnlyList<string> args)
    {
        var moe = IndexOfAny(args, CpuMoe);
        var explicitOverride = IndexOfAny(args, Override);
        if (moe < 0 || explicitOverride < 0)
        {
            return null;
        }

        var option = args[moe];
        var common = $"variant '{variant}' has {option} and explicit -ot overrides; llama.cpp applies tensor overrides first-match in command-line order";
        return moe < explicitOverride
            ? $"{common}, so the expert overrides added by {option} (placed before the -ot here) catch those tensors first and llama.cpp keeps them on the CPU; ik_llama.cpp places them as the -ot says. Put the -ot before {option} for the same placement on both."
            : $"{common}; here the -ot comes before {option}, so its placements win on llama.cpp and ik_llama.cpp alike, and {option} applies to the remaining experts.";
    }

    private static int IndexOfAny(IReadOnlyList<string> args, string[] names)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (names.Contains(args[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
