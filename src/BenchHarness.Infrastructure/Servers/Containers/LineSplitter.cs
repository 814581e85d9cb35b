using System.Text;

namespace BenchHarness.Servers.Containers;

/// <summary>
/// Turns one output stream's byte chunks into lines. A UTF-8 character or a line may span chunks; stdout and
/// stderr each get their own splitter so interleaved chunks never mix their text.
/// </summary>
internal sealed class LineSplitter
{
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly StringBuilder _partial = new();

    public IEnumerable<string> Add(ReadOnlySpan<byte> chunk)
    {
        var chars = new char[_decoder.GetCharCount(chunk, flush: false)];
        _decoder.GetChars(chunk, chars, flush: false);
        _partial.Append(chars);
        var text = _partial.ToString();
        var lastBreak = text.LastIndexOf('\n');
        if (lastBreak < 0)
        {
            return [];
        }

        _partial.Clear().Append(text, lastBreak + 1, text.Length - lastBreak - 1);
        return text[..lastBreak].Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    /// <summary>The unterminated last line, if any, at the end of the stream.</summary>
    public string? Rest() => _partial.Length > 0 ? _partial.ToString() : null;
}
