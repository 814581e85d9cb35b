using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// The model description printed while loading: <c>llm_load_print_meta: model type = 744B.A40B</c> (2024,
/// ik_llama.cpp), <c>print_info: file type = F16</c> (recent llama.cpp) and the context's <c>n_ctx</c>.
/// </summary>
internal static partial class ModelMetadataMatcher
{
    public static StartupFacts? Apply(StartupFacts facts, string text)
    {
        // Every such line names its function first: "llm_load_print_meta:", "print_info:", "llama_context:", ...
        if (!(text.StartsWith("llm_load_print_meta", StringComparison.Ordinal) || text.StartsWith("print_info", StringComparison.Ordinal)
              || text.StartsWith("llama_", StringComparison.Ordinal)))
        {
            return null;
        }

        var match = KeyValue().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"].Value;
        return match.Groups["key"].Value switch
        {
            "arch" => facts with { Architecture = value },
            "model type" => facts with { ModelType = value },
            "model ftype" or "file type" => facts with { FileType = value },
            "model params" => facts with { ModelParams = value },
            "model size" or "file size" => facts with { ModelSize = value },
            "n_layer" => facts with { NLayer = LogNumbers.Long(value) ?? facts.NLayer },
            "n_expert" => facts with { NExpert = LogNumbers.Long(value) ?? facts.NExpert },
            "n_expert_used" => facts with { NExpertUsed = LogNumbers.Long(value) ?? facts.NExpertUsed },
            "n_layer_dense_lead" => facts with { NLayerDenseLead = LogNumbers.Long(value) ?? facts.NLayerDenseLead },
            "n_ctx" => facts with { NCtx = LogNumbers.Long(value) ?? facts.NCtx },
            _ => null,
        };
    }

    [GeneratedRegex("""
        ^(?:llm_load_print_meta|print_info|llama_init_from_model|llama_new_context_with_model|llama_context):
        \s+(?<key>arch|model\ type|model\ ftype|file\ type|model\ params|model\ size|file\ size
              |n_layer|n_expert|n_expert_used|n_layer_dense_lead|n_ctx)
        \s*=\s*(?<value>\S.*?)\s*$
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex KeyValue();
}
