namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// A ChatML-style Jinja chat template for the synthesized model, with thinking as Qwen3's and GLM's templates do
/// it: thinking on opens a think block at the start of the assistant turn (the model's output is then reasoning
/// until it closes the block, which a random-weight model never does), thinking off writes an empty one, and a
/// request that does not say leaves the turn plain. So a random-weight model's output lands in
/// <c>reasoning_content</c> with thinking on and in <c>content</c> otherwise. Earlier turns' reasoning is written
/// back in a think block, which is also how llama.cpp's template analysis finds the block's markers.
/// </summary>
public static class ChatMlTemplate
{
    public const string Text =
        "{%- for message in messages -%}" +
        "{{ '<|im_start|>' + message['role'] + '\n' }}" +
        "{%- if message['role'] == 'assistant' and message['reasoning_content'] is defined and message['reasoning_content'] -%}" +
        "{{ '<think>\n' + message['reasoning_content'] + '\n</think>\n\n' }}" +
        "{%- endif -%}" +
        "{{ (message['content'] or '') + '<|im_end|>\n' }}" +
        "{%- endfor -%}" +
        "{%- if add_generation_prompt -%}" +
        "{{ '<|im_start|>assistant\n' }}" +
        "{%- if enable_thinking is defined and not enable_thinking -%}" +
        "{{ '<think>\n\n</think>\n\n' }}" +
        "{%- elif enable_thinking is defined -%}" +
        "{{ '<think>\n' }}" +
        "{%- endif -%}" +
        "{%- endif -%}";
}
