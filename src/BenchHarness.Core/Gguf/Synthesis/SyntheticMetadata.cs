namespace BenchHarness.Gguf.Synthesis;

/// <summary>The metadata llama.cpp needs to load the synthesized model: hyper-parameters, vocabulary, chat template.</summary>
internal static class SyntheticMetadata
{
    private const uint FileTypeF16 = 1;
    private const uint FileTypeQ8_0 = 7;

    public static IReadOnlyList<KeyValuePair<string, GgufValue>> For(SyntheticModelOptions options, GgmlType matrix)
    {
        var metadata = new List<KeyValuePair<string, GgufValue>>();
        void Add(string key, GgufValue value) => metadata.Add(new(key, value));
        var arch = options.Architecture;

        Add("general.architecture", GgufValue.Of(arch));
        Add("general.name", GgufValue.Of("BenchHarness synthetic model"));
        Add("general.file_type", GgufValue.Of(matrix == GgmlTypes.Q8_0 ? FileTypeQ8_0 : FileTypeF16));
        Add("general.quantization_version", GgufValue.Of(2u));
        Add($"{arch}.vocab_size", GgufValue.Of((uint)ByteLevelVocabulary.Tokens.Count));
        Add($"{arch}.context_length", GgufValue.Of((uint)options.Context));
        Add($"{arch}.embedding_length", GgufValue.Of((uint)options.Embedding));
        Add($"{arch}.block_count", GgufValue.Of((uint)options.Layers));
        Add($"{arch}.feed_forward_length", GgufValue.Of((uint)options.FeedForward));
        Add($"{arch}.rope.dimension_count", GgufValue.Of((uint)options.RopeDimension));
        Add($"{arch}.rope.freq_base", GgufValue.Of(10000f));
        Add($"{arch}.attention.head_count", GgufValue.Of((uint)options.HeadCount));
        Add($"{arch}.attention.head_count_kv", GgufValue.Of((uint)(arch == SyntheticModelOptions.Deepseek2 ? 1 : options.KvHeadCount)));
        Add($"{arch}.attention.layer_norm_rms_epsilon", GgufValue.Of(1e-5f));
        if (options.Experts > 0)
        {
            Add($"{arch}.expert_count", GgufValue.Of((uint)options.Experts));
            Add($"{arch}.expert_used_count", GgufValue.Of((uint)options.ExpertsUsed));
        }

        if (arch == SyntheticModelOptions.Qwen3Moe)
        {
            Add($"{arch}.expert_feed_forward_length", GgufValue.Of((uint)options.FeedForward));
            Add($"{arch}.attention.key_length", GgufValue.Of((uint)options.HeadDimension));
            Add($"{arch}.attention.value_length", GgufValue.Of((uint)options.HeadDimension));
        }

        if (arch == SyntheticModelOptions.Deepseek2)
        {
            // MLA as llama.cpp converts it: one KV "head" holding the latent plus the rope part as K, the latent as V.
            Add($"{arch}.leading_dense_block_count", GgufValue.Of((uint)options.DenseLead));
            Add($"{arch}.expert_feed_forward_length", GgufValue.Of((uint)options.FeedForward));
            Add($"{arch}.expert_shared_count", GgufValue.Of(1u));
            Add($"{arch}.expert_weights_scale", GgufValue.Of(1f));
            Add($"{arch}.attention.q_lora_rank", GgufValue.Of((uint)options.QLoraRank));
            Add($"{arch}.attention.kv_lora_rank", GgufValue.Of((uint)options.KvLoraRank));
            Add($"{arch}.attention.key_length", GgufValue.Of((uint)(options.KvLoraRank + options.RopeDimension)));
            Add($"{arch}.attention.value_length", GgufValue.Of((uint)options.KvLoraRank));
            Add($"{arch}.attention.key_length_mla", GgufValue.Of((uint)(Deepseek2Layer.NopeDimension + options.RopeDimension)));
            Add($"{arch}.attention.value_length_mla", GgufValue.Of((uint)Deepseek2Layer.ValueDimension));
        }

        if (arch == SyntheticModelOptions.Glm4Moe)
        {
            Add($"{arch}.leading_dense_block_count", GgufValue.Of((uint)options.DenseLead));
            Add($"{arch}.expert_feed_forward_length", GgufValue.Of((uint)options.FeedForward));
            Add($"{arch}.expert_shared_count", GgufValue.Of(1u));
        }

        metadata.AddRange(Tokenizer());
        return metadata;
    }

    /// <summary>The byte-level vocabulary and ChatML template, whatever the architecture: a vocabulary of <see cref="ByteLevelVocabulary.Tokens"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, GgufValue>> Tokenizer()
    {
        var metadata = new List<KeyValuePair<string, GgufValue>>();
        void Add(string key, GgufValue value) => metadata.Add(new(key, value));
        Add("tokenizer.ggml.model", GgufValue.Of("llama"));
        Add("tokenizer.ggml.tokens", GgufValue.Array(GgufValueType.String, ByteLevelVocabulary.Tokens));
        Add("tokenizer.ggml.scores", GgufValue.Array(GgufValueType.Float32, ByteLevelVocabulary.Scores.Cast<object>()));
        Add("tokenizer.ggml.token_type", GgufValue.Array(GgufValueType.Int32, ByteLevelVocabulary.TokenTypes.Cast<object>()));
        Add("tokenizer.ggml.bos_token_id", GgufValue.Of((uint)ByteLevelVocabulary.BeginId));
        Add("tokenizer.ggml.eos_token_id", GgufValue.Of((uint)ByteLevelVocabulary.EndId));
        Add("tokenizer.ggml.unknown_token_id", GgufValue.Of((uint)ByteLevelVocabulary.UnknownId));
        Add("tokenizer.ggml.add_bos_token", GgufValue.Of(true));
        Add("tokenizer.ggml.add_eos_token", GgufValue.Of(false));
        Add("tokenizer.chat_template", GgufValue.Of(ChatMlTemplate.Text));
        return metadata;
    }
}
