namespace BenchHarness.Memory.Placement;

/// <summary>A device a placement may use, as the server names it, with its memory and the room kept for co-resident servers.</summary>
public sealed record DeviceBudget(string Device, long Mib, long ReserveMib)
{
    public long UsableMib => Math.Max(0, Mib - ReserveMib);

    public bool IsRpc => Device.StartsWith("RPC", StringComparison.Ordinal);

    /// <summary><c>host:port</c> of an RPC device named <c>RPC0[host:port]</c>; null for others.</summary>
    public string? Endpoint => IsRpc && Device.IndexOf('[', StringComparison.Ordinal) is > 0 and var open && Device.EndsWith(']')
        ? Device[(open + 1)..^1]
        : null;
}
