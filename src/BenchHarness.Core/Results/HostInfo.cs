using System.Security.Cryptography;
using System.Text;

namespace BenchHarness.Results;

/// <summary>The machine a run measured on. <see cref="Fingerprint"/> uses only stable hardware fields.</summary>
public sealed record HostInfo
{
    public required string Hostname { get; init; }
    public required string CpuModel { get; init; }
    public required int Cores { get; init; }
    public required long MemoryMib { get; init; }
    public IReadOnlyList<string> Gpus { get; init; } = [];
    public string? Os { get; init; }

    /// <summary>Two runs compare only when this matches: CPU model, core count, memory (GiB) and GPU names.</summary>
    public string Fingerprint
    {
        get
        {
            var stable = string.Join('|', CpuModel, Cores, MemoryMib / 1024, string.Join(',', Gpus));
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stable)))[..16];
        }
    }
}
