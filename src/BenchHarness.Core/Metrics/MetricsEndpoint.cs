using BenchHarness.Planning;

namespace BenchHarness.Metrics;

/// <summary>Whether a launch turns on llama-server's <c>/metrics</c>: <c>--metrics</c> in its arguments, or <c>LLAMA_ARG_ENDPOINT_METRICS</c> set true in its environment.</summary>
public static class MetricsEndpoint
{
    public const string Flag = "--metrics";
    public const string EnvironmentName = "LLAMA_ARG_ENDPOINT_METRICS";

    // The values llama.cpp's common_arg_utils::is_truthy accepts for a flag given through the environment.
    private static readonly string[] Truthy = ["on", "enabled", "true", "1"];

    public static bool IsOn(ServerLaunch launch) =>
        ServerArgumentList.Has(launch.ServerArgs, Flag)
        || (launch.Environment.TryGetValue(EnvironmentName, out var value) && Truthy.Contains(value, StringComparer.Ordinal));
}
