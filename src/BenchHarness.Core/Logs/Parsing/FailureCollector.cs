using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Fatal problems: out of memory (<c>allocating 5418.03 MiB on device 0: cudaMalloc failed: out of memory</c>,
/// <c>failed to allocate CUDA0 buffer of size 5681217536</c>) and model load failures (<c>error loading model</c>,
/// <c>failed to load model</c>). One failure prints a cascade of lines (an allocation error, then the context
/// error, then <c>exiting due to model loading error</c>); lines that follow closely are folded into the first,
/// which names the cause and only gains the device or size it lacked.
/// </summary>
internal sealed partial class FailureCollector
{
    private const int CascadeLines = 8;

    private readonly List<LogFailure> _failures = [];
    private int _lastFailureLine = int.MinValue;

    public IReadOnlyList<LogFailure> Failures => _failures;

    public void Add(int lineNumber, string text)
    {
        if (Recognise(lineNumber, text) is not { } failure)
        {
            return;
        }

        var continuesLast = _failures.Count > 0 && lineNumber - _lastFailureLine <= CascadeLines;
        if (continuesLast)
        {
            var first = _failures[^1];
            _failures[^1] = first with { Device = first.Device ?? failure.Device, Mib = first.Mib ?? failure.Mib };
        }
        else
        {
            _failures.Add(failure);
        }

        _lastFailureLine = lineNumber;
    }

    private static LogFailure? Recognise(int lineNumber, string text)
    {
        if (CudaMalloc().Match(text) is { Success: true } malloc)
        {
            return new LogFailure(LogFailureKind.OutOfMemory, lineNumber, text)
            {
                Device = "CUDA" + malloc.Groups["device"].Value,
                Mib = LogNumbers.Double(malloc.Groups["mib"].Value),
            };
        }

        if (InsufficientHostMemory().Match(text) is { Success: true } host)
        {
            return new LogFailure(LogFailureKind.OutOfMemory, lineNumber, text) { Mib = LogNumbers.Double(host.Groups["mib"].Value) };
        }

        if (BufferAllocationFailed().Match(text) is { Success: true } buffer)
        {
            return new LogFailure(LogFailureKind.OutOfMemory, lineNumber, text)
            {
                Device = buffer.Groups["device"].Success ? buffer.Groups["device"].Value : null,
                Mib = LogNumbers.Double(buffer.Groups["bytes"].Value) / LogNumbers.BytesPerMib,
            };
        }

        if (OutOfMemory().IsMatch(text))
        {
            return new LogFailure(LogFailureKind.OutOfMemory, lineNumber, text);
        }

        return ModelLoad().IsMatch(text) ? new LogFailure(LogFailureKind.ModelLoad, lineNumber, text) : null;
    }

    [GeneratedRegex(@"allocating (?<mib>\d+(?:\.\d+)?) MiB on device (?<device>\d+): cudaMalloc failed: out of memory")]
    private static partial Regex CudaMalloc();

    // ggml prints MB but divides by 1024 * 1024.
    [GeneratedRegex(@"insufficient memory \(attempted to allocate (?<mib>\d+(?:\.\d+)?) MB\)")]
    private static partial Regex InsufficientHostMemory();

    [GeneratedRegex(@"failed to allocate (?:(?<device>[\w-]+) )?buffer of size (?<bytes>\d+)")]
    private static partial Regex BufferAllocationFailed();

    [GeneratedRegex(@"out of memory|failed to allocate compute buffers|failed to allocate buffer for kv cache", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfMemory();

    [GeneratedRegex(@"failed to open GGUF file|invalid magic characters|failed to load model|error loading model|unable to load model|failed to create[ _]context|exiting due to model loading error", RegexOptions.IgnoreCase)]
    private static partial Regex ModelLoad();
}
