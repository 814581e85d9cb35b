namespace BenchHarness.Imports;

/// <summary>
/// The llama-bench fields that make a variant, with the flag that sets each, in the order a variant is named and
/// its arguments are listed. llama.cpp and ik_llama.cpp name some differently (<c>tensor_buft_overrides</c>,
/// <c>override_tensor</c>); fields of one build only are simply absent from the other's rows.
/// </summary>
public static class LlamaBenchSettings
{
    /// <summary>Field, flag, and the value llama-bench uses when the flag is not given (left out of the variant's name).</summary>
    public static IReadOnlyList<(string Field, string Flag, string? Default)> Known { get; } =
    [
        ("n_gpu_layers", "ngl", null),
        ("n_cpu_moe", "ncmoe", "0"),
        ("n_threads", "t", null),
        ("n_batch", "b", "2048"),
        ("n_ubatch", "ub", "512"),
        ("type_k", "ctk", "f16"),
        ("type_v", "ctv", "f16"),
        ("flash_attn", "fa", null),
        ("split_mode", "sm", "layer"),
        ("main_gpu", "mg", "0"),
        ("tensor_split", "ts", "0.00"),
        ("tensor_buft_overrides", "ot", "none"),
        ("override_tensor", "ot", "none"),
        ("no_kv_offload", "nkvo", "0"),
        ("use_mmap", "mmp", "1"),
        ("mla_attn", "mla", "0"),
        ("fused_moe", "fmoe", "0"),
        ("ser", "ser", "-1,0"),
        ("devices", "dev", "auto"),
        ("embeddings", "embd", "0"),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Of(IReadOnlyDictionary<string, string> fields) =>
        Known.Where(k => fields.ContainsKey(k.Field)).Select(k => KeyValuePair.Create(k.Flag, fields[k.Field])).ToList();

    /// <summary>The model's file name without folder or <c>.gguf</c>, then each setting not at its default: <c>test-moe ngl=99 t=1 fa=0</c>.</summary>
    public static string VariantName(ImportedSetup setup)
    {
        var model = setup.ModelFile is { Length: > 0 } file ? Path.GetFileNameWithoutExtension(file.Replace('\\', '/').Split('/')[^1]) : "model";
        var defaults = Known.DistinctBy(k => k.Flag).ToDictionary(k => k.Flag, k => k.Default);
        var shown = setup.Settings
            .Where(s => s.Value.Length > 0 && defaults.GetValueOrDefault(s.Key) != s.Value)
            .Select(s => $"{s.Key}={s.Value}");
        return string.Join(' ', [model, .. shown]);
    }
}
