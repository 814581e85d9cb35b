using System.Collections;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// The requests read so far, kept packed (<see cref="PackedRequest"/>) in fixed chunks: the hundreds of thousands of a
/// long log grow it without copying, and <see cref="Snapshot"/> hands out the first n without copying them either.
/// Only the last request can still change (its <c>total time</c> line follows it), so a snapshot keeps its own copy of
/// that one.
/// </summary>
/// <remarks>
/// Fresh memory is what a large parse waits for (each new page costs a fault): a list that doubles writes every
/// request two to three times over into new memory, and a copy per report once more.
/// </remarks>
internal sealed class RequestList
{
    // 160 KB of requests: a chunk lands on the large-object heap, allocated once and never moved by a collection.
    private const int ChunkSize = 2048;
    private readonly List<PackedRequest[]> _chunks = [];

    public int Count { get; private set; }

    /// <summary>The request added last, to complete in place; there must be one.</summary>
    public ref PackedRequest Last => ref At(Count - 1);

    public void Add(in PackedRequest request)
    {
        if (Count % ChunkSize == 0)
        {
            // Not cleared: only the first Count requests are ever read, and each is written whole before.
            _chunks.Add(GC.AllocateUninitializedArray<PackedRequest>(ChunkSize));
        }

        Count++;
        At(Count - 1) = request;
    }

    public IReadOnlyList<RequestTiming> Snapshot() => Count == 0 ? [] : new View([.. _chunks], Count, Last.ToTiming());

    private ref PackedRequest At(int index) => ref _chunks[index / ChunkSize][index % ChunkSize];

    private sealed class View(PackedRequest[][] chunks, int count, RequestTiming last) : IReadOnlyList<RequestTiming>
    {
        public int Count => count;

        public RequestTiming this[int index] =>
            (uint)index >= (uint)count ? throw new ArgumentOutOfRangeException(nameof(index))
            : index == count - 1 ? last
            : chunks[index / ChunkSize][index % ChunkSize].ToTiming();

        public IEnumerator<RequestTiming> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
