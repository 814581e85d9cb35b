namespace BenchHarness.Results;

/// <summary>The launch as it was asked for, secrets redacted.</summary>
public sealed record LaunchRecord
{
    public required string Engine { get; init; }
    public string? Image { get; init; }
    public string? Binary { get; init; }
    public required IReadOnlyList<string> ServerArgs { get; init; }
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Devices { get; init; } = [];
    public IReadOnlyList<string> Volumes { get; init; } = [];
    public int HostPort { get; init; }
}
