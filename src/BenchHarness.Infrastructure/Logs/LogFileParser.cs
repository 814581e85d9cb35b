using System.Buffers;
using System.Text;

namespace BenchHarness.Logs;

/// <summary>
/// Parses a log file in large blocks of whole lines (<see cref="LlamaLogReader.AddLines"/>), so the lines that cannot
/// matter are counted without becoming strings. A line longer than a block grows the block. The block is rented, so a
/// parse after the first allocates no large buffer (a large allocation can start a background collection).
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
        var block = ArrayPool<char>.Shared.Rent(BlockChars);
        try
        {
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
                        block = Grow(block);
                    }

                    kept = filled;
                    continue;
                }

                reader.AddLines(block.AsSpan(0, lastNewline + 1));
                kept = filled - lastNewline - 1;
                block.AsSpan(lastNewline + 1, kept).CopyTo(block);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(block);
        }
    }

    /// <summary>A line longer than the block: twice the room, with what was read so far.</summary>
    private static char[] Grow(char[] block)
    {
        var larger = ArrayPool<char>.Shared.Rent(block.Length * 2);
        block.CopyTo(larger, 0);
        ArrayPool<char>.Shared.Return(block);
        return larger;
    }
}
