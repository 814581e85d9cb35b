using System.Security.Cryptography;
using System.Text.Json;
using BenchHarness.Results;

namespace BenchHarness.Storage;

/// <summary>SHA-256 of a run as <c>run.json</c> holds it: equal hashes mean an import has nothing new.</summary>
public static class RunContentHash
{
    public static string Of(RunResult run)
    {
        // Streamed through the hash: a run of a million samples is never held as one JSON string.
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write))
        {
            JsonSerializer.Serialize(hashing, run, JsonDefaults.Options);
        }

        return Convert.ToHexStringLower(sha.Hash!);
    }
}
