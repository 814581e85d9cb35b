using System.Security.Cryptography;
using System.Text;

namespace BenchHarness.Builds;

/// <summary>
/// How a source is configured: every build carries the targets the tests need (llama-server, ggml-rpc-server with
/// the RPC backend, llama-bench), statically linked and without curl, tests or examples; the backend adds its ggml
/// option and the user's <c>--cmake-arg</c>s come last (so they win).
/// </summary>
public sealed record BuildRecipe(BuildBackend Backend, IReadOnlyList<string> ExtraCmakeArgs)
{
    public static IReadOnlyList<string> Targets { get; } = ["llama-server", "ggml-rpc-server", "llama-bench"];

    public static IReadOnlyList<string> BaseCmakeArgs { get; } =
    [
        "-DCMAKE_BUILD_TYPE=Release", "-DLLAMA_CURL=OFF", "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF",
        "-DBUILD_SHARED_LIBS=OFF", "-DGGML_RPC=ON",
    ];

    public IReadOnlyList<string> CmakeArgs =>
    [
        .. BaseCmakeArgs,
        .. Backend switch
        {
            BuildBackend.Cuda => new[] { "-DGGML_CUDA=ON" },
            BuildBackend.Rocm => ["-DGGML_HIP=ON"],
            _ => [],
        },
        .. ExtraCmakeArgs,
    ];

    /// <summary>The set-up script's configuration (CPU, nothing extra): its builds live in the set-up's cache folders.</summary>
    public bool IsDefault => Backend == BuildBackend.Cpu && ExtraCmakeArgs.Count == 0;

    /// <summary>Short hash of the options, part of a cache folder's name.</summary>
    public string OptionsKey =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', CmakeArgs))))[..8];

    public static BuildBackend ParseBackend(string text) => text.Trim().ToLowerInvariant() switch
    {
        "cpu" => BuildBackend.Cpu,
        "cuda" => BuildBackend.Cuda,
        "rocm" => BuildBackend.Rocm,
        _ => throw new ArgumentException($"'{text}': the backend is cpu, cuda or rocm"),
    };
}

public enum BuildBackend
{
    Cpu,
    Cuda,
    Rocm,
}
