using System.Globalization;

namespace BenchHarness.Gguf.Synthesis;

/// <summary>
/// A SentencePiece ("llama") vocabulary that can spell any text: &lt;unk&gt;, &lt;s&gt;, &lt;/s&gt; and the 256 byte
/// tokens &lt;0x00&gt;..&lt;0xFF&gt; that SentencePiece falls back to for characters it has no piece for.
/// </summary>
public static class ByteLevelVocabulary
{
    public const int UnknownId = 0;
    public const int BeginId = 1;
    public const int EndId = 2;

    private const int Unknown = 2;
    private const int Control = 3;
    private const int Byte = 6;

    public static IReadOnlyList<string> Tokens { get; } =
        ["<unk>", "<s>", "</s>", .. Enumerable.Range(0, 256).Select(b => string.Create(CultureInfo.InvariantCulture, $"<0x{b:X2}>"))];

    public static IReadOnlyList<int> TokenTypes { get; } = [Unknown, Control, Control, .. Enumerable.Repeat(Byte, 256)];

    public static IReadOnlyList<float> Scores { get; } = [.. Enumerable.Repeat(0f, Tokens.Count)];
}
