using System.Diagnostics;

namespace BenchHarness.Tests.Fuzz;

/// <summary>
/// Runs a reader over mutated inputs. Each input must finish within a time and an allocation bound and either
/// succeed or fail with the reader's own documented exception; anything else fails the spec with the seed and
/// iteration that reproduce it.
/// </summary>
internal static class FuzzHarness
{
    /// <summary>Generous for one input on a busy 2-core machine; a hang or a runaway loop takes far longer.</summary>
    public static readonly TimeSpan TimePerInput = TimeSpan.FromSeconds(2);

    public const long BytesPerInput = 64L << 20;

    public static void Run<TInput, TAllowed>(int seed, int iterations, IReadOnlyList<TInput> corpus, Func<Mutator, TInput, TInput> mutate, Action<TInput> read)
        where TAllowed : Exception
    {
        var mutator = new Mutator(seed);
        var random = new Random(seed);
        for (var i = 0; i < iterations; i++)
        {
            var input = mutate(mutator, corpus[random.Next(corpus.Count)]);
            var clock = Stopwatch.StartNew();
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                read(input);
            }
            catch (TAllowed)
            {
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed}, iteration {i}: {e.GetType().Name} escaped instead of {typeof(TAllowed).Name}: {e}");
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < BytesPerInput, $"seed {seed}, iteration {i}: allocated {allocated >> 20} MiB");
            Assert.True(clock.Elapsed < TimePerInput, $"seed {seed}, iteration {i}: took {clock.Elapsed.TotalSeconds:0.0} s");
        }
    }
}
