namespace BenchHarness.Scenarios.Schema;

/// <summary>GPU device shorthand: <c>all</c> and <c>N</c> become the CDI names podman and docker take.</summary>
public static class DeviceNames
{
    public const string NvidiaCdiPrefix = "nvidia.com/gpu=";

    public static string ToCdi(string device) =>
        device == "all" || (device.Length > 0 && device.All(char.IsAsciiDigit)) ? NvidiaCdiPrefix + device : device;
}
