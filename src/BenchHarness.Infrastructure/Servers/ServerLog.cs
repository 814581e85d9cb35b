using BenchHarness.Logs;

namespace BenchHarness.Servers;

/// <summary>
/// A running server's log: every line goes to the variant's log file and to the log reader, and the last
/// lines are kept for error messages. Readers can wait for the next line or for the n-th request's timing
/// lines; they are signalled as lines arrive, never polled. Thread-safe: one pump writes, anyone reads.
/// </summary>
public sealed class ServerLog : IAsyncDisposable
{
    private const int TailSize = 40;
    private readonly object _gate = new();
    private readonly LlamaLogReader _reader = new();
    private readonly Queue<string> _tail = new();
    private readonly StreamWriter _file;
    private TaskCompletionSource _nextLine = NewSignal();
    private string? _parserError;

    public ServerLog(string filePath)
    {
        FilePath = filePath;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(filePath))!);
        _file = new StreamWriter(filePath, append: false) { AutoFlush = true };
    }

    public string FilePath { get; }

    /// <summary>Set when the log reader failed on a line; the run goes on without log figures.</summary>
    public string? ParserError { get { lock (_gate) { return _parserError; } } }

    public void Append(string line)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _file.WriteLine(line);
            _tail.Enqueue(line);
            if (_tail.Count > TailSize)
            {
                _tail.Dequeue();
            }

            Feed(line);
            signal = _nextLine;
            _nextLine = NewSignal();
        }

        signal.TrySetResult();
    }

    public LogReport Report => Guarded(() => _reader.Report, new LogReport());

    public int RequestCount => Guarded(() => _reader.RequestCount, 0);

    public string Tail(int lines = 15)
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _tail.TakeLast(lines));
        }
    }

    /// <summary>Completes when the next line arrives.</summary>
    public Task NextLineAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _nextLine.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The <paramref name="index"/>-th (0-based) request's timing lines, or null if they do not appear within <paramref name="patience"/>.</summary>
    public async Task<RequestTiming?> WaitForRequestAsync(int index, TimeSpan patience, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(patience);
        try
        {
            while (ParserError is null)
            {
                var next = NextLineAsync(limit.Token);
                var requests = Report.Requests;
                if (requests.Count > index)
                {
                    return requests[index];
                }

                await next;
            }

            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task flush;
        lock (_gate)
        {
            flush = _file.FlushAsync();
        }

        await flush;
        await _file.DisposeAsync();
    }

    private void Feed(string line)
    {
        if (_parserError is not null)
        {
            return;
        }

        try
        {
            _reader.Add(line);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A line the reader cannot handle must not stop a benchmark: keep the raw log, lose only the log figures.
            _parserError = $"{e.GetType().Name}: {e.Message}";
        }
    }

    private T Guarded<T>(Func<T> read, T fallback)
    {
        lock (_gate)
        {
            if (_parserError is not null)
            {
                return fallback;
            }

            try
            {
                return read();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _parserError = $"{e.GetType().Name}: {e.Message}";
                return fallback;
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
