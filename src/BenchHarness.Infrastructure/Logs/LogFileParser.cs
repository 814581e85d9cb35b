using System.Text;

namespace BenchHarness.Logs;

/// <summary>
/// Parses a log file in large blocks of whole lines (<see cref="LlamaLogReader.AddLines"/>), so the lines that cannot
/// matter are counted without becoming strings. A line longer than a block grows the block.
/// </summary>
/// <remarks>
/// The file is read synchronously: parsing is bound by the CPU, and an asynchronous file read on Linux is a hop to the
/// thread pool for every buffer, which on a busy core costs more than the parse (measured in docs/parse-log.md).
/// </remarks>
public static class LogFileParser
{
    private const int BlockChars = 1 << 20;

    public static LogReport Parse(string path, CancellationToken cancellationToken)
    {
        var reader = new LlamaLogReader();
        var options = new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan };
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, options);
        var block = new char[BlockChars];
        var kept = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = text.ReadBlock(block.AsSpan(kept));
            var filled = kept + read;
            if (read == 0)
            {
                reader.AddLines(block.AsSpan(0, filled));
                return reader.Report;
            }

            var lastNewline = block.AsSpan(0, filled).LastIndexOf('\n');
            if (lastNewline < 0)
            {
                if (filled == block.Length)
                {
                    Array.Resize(ref block, block.Length * 2);
                }

                kept = filled;
                continue;
            }

            reader.AddLines(block.AsSpan(0, lastNewline + 1));
            kept = filled - lastNewline - 1;
            block.AsSpan(lastNewline + 1, kept).CopyTo(block);
        }
    }
}
