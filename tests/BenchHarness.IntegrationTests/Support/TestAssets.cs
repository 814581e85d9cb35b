namespace BenchHarness.IntegrationTests.Support;

/// <summary>The real things the tests run: llama-server and a synthesized MoE model, from the environment or the set-up's defaults.</summary>
internal static class TestAssets
{
    private static readonly string Cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "benchharness");

    /// <summary>The real file, links resolved (the set-up's <c>.bench/bin/llama-server</c> is a link into the build cache).</summary>
    public static string LlamaServer
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("BENCH_LLAMA_SERVER") ?? Path.Combine(Cache, "llama.cpp", "3.22.1-rpc", "build", "bin", "llama-server");
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }
    }

    public static string Model =>
        Environment.GetEnvironmentVariable("BENCH_TEST_MODEL") ?? Path.Combine(Cache, "models", "test-moe.gguf");

    public static string Image =>
        Environment.GetEnvironmentVariable("BENCH_TEST_IMAGE") ?? "localhost/benchharness/llama-server:3.22.1";

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BenchHarness.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("BenchHarness.sln not found above the test folder");
        }
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort() => Net.LoopbackPort.Free();

    public static string TempFolder(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
