using System.Security.Cryptography;
using System.Text.Json;
using BenchHarness.Results;

namespace BenchHarness.Storage;

/// <summary>SHA-256 of a run as <c>run.json</c> holds it: equal hashes mean an import has nothing new.</summary>
public static class RunContentHash
{
    public static string Of(RunResult run) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(run, JsonDefaults.Options)));
}
