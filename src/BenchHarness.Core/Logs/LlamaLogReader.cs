using BenchHarness.Logs.Parsing;

namespace BenchHarness.Logs;

/// <summary>
/// Reads a llama-server log line by line, as it is written (a live server) or from a file, and keeps
/// what it understood. Accepts llama.cpp (2024 to now) and ik_llama.cpp shapes, with or without
/// timestamps, level letters, slot/task prefixes, container or journald prefixes and ANSI colours.
/// Not thread-safe: one writer feeds it.
/// </summary>
public sealed class LlamaLogReader
{
    private readonly RequestAssembler _requests = new();
    private readonly StartupFactCollector _startup = new();
    private readonly FailureCollector _failures = new();
    private readonly CacheMismatchCollector _cacheMismatches = new();
    private int _lineNumber;

    // Where each filter group next hits in the lines being read. A field rather than stackalloc: a method with
    // stackalloc and loops skips tiered compilation, so it would never be recompiled with the profile's help.
    private readonly int[] _nextHits = new int[RelevantLineFilter.GroupCount];

    public void Add(string line)
    {
        _lineNumber++;
        if (RelevantLineFilter.MayMatter(line) && !TryReadSlotTiming(line))
        {
            Read(line);
        }
    }

    /// <summary>
    /// Reads many lines at once: <paramref name="lines"/> holds whole lines, each ending in <c>\n</c> (the last may
    /// lack it at the end of a file). Lines that cannot matter are only counted, never made into strings: the fast
    /// path for a large file.
    /// </summary>
    public void AddLines(ReadOnlySpan<char> lines)
    {
        var next = _nextHits.AsSpan();
        next.Fill(int.MinValue);
        var position = 0;
        while (position < lines.Length)
        {
            var hit = RelevantLineFilter.NextHit(lines, position, next);
            if (hit < 0)
            {
                var rest = lines[position..];
                _lineNumber += rest.Count('\n') + (rest[^1] == '\n' ? 0 : 1);
                return;
            }

            var start = lines[..hit].LastIndexOf('\n') + 1;
            _lineNumber += lines[position..start].Count('\n') + 1;
            var length = lines[start..].IndexOf('\n');
            var end = length < 0 ? lines.Length : start + length;
            if (!TryReadSlotTiming(lines[start..end]))
            {
                Read(lines[start..end].ToString());
            }

            position = end + 1;
        }
    }

    /// <summary>The commonest lines that matter, read without becoming strings (<see cref="SlotTimingLine"/>).</summary>
    private bool TryReadSlotTiming(ReadOnlySpan<char> line)
    {
        if (!SlotTimingLine.TryRead(line, out var read))
        {
            return false;
        }

        _requests.Add(_lineNumber, read.IsHeader, read.Timing, read.Slot, read.Task);
        return true;
    }

    private void Read(string line)
    {
        foreach (var message in LogLineNormalizer.Normalize(line))
        {
            if (_requests.Add(_lineNumber, message) || message.Text.Length == 0)
            {
                continue;
            }

            _startup.Add(message.Text);
            _failures.Add(_lineNumber, message.Text);
            _cacheMismatches.Add(_lineNumber, message.Text);
        }
    }

    /// <summary>What has been understood so far.</summary>
    public LogReport Report => new()
    {
        Startup = _startup.Facts,
        Requests = _requests.Snapshot(),
        Failures = [.. _failures.Failures],
        CacheMismatches = [.. _cacheMismatches.Mismatches],
    };

    /// <summary>
    /// Number of complete requests seen so far; a runner waits on this to match a request to its timing lines.
    /// A request counts once its <c>eval time</c> line is read; its <c>total time</c> line may follow.
    /// </summary>
    public int RequestCount => _requests.Count;

    public static LogReport Parse(IEnumerable<string> lines)
    {
        var reader = new LlamaLogReader();
        foreach (var line in lines)
        {
            reader.Add(line);
        }

        return reader.Report;
    }
}
