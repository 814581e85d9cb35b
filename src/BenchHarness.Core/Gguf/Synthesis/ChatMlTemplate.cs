namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// A ChatML-style Jinja chat template for the synthesized model. It honours <c>enable_thinking</c> like
/// Qwen3's: when thinking is off the assistant turn starts with an empty think block.
/// </summary>
public static class ChatMlTemplate
{
    public const string Text =
        "{%- for message in messages -%}" +
        "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>\n' }}" +
        "{%- endfor -%}" +
        "{%- if add_generation_prompt -%}" +
        "{{ '<|im_start|>assistant\n' }}" +
        "{%- if enable_thinking is defined and not enable_thinking -%}" +
        "{{ '<think>\n\n</think>\n\n' }}" +
        "{%- endif -%}" +
        "{%- endif -%}";
}
