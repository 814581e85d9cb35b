using System.Globalization;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Schema;

/// <summary>
/// Reads <c>budgets:</c>, the memory each device may use in MiB, keyed by the name the server gives the device
/// (<c>CPU</c>, <c>CUDA0</c>, <c>RPC0[127.0.0.1:50052]</c>): what <c>bench memory</c> checks predictions against.
/// </summary>
public static class BudgetReader
{
    public static IReadOnlyDictionary<string, long> Read(FieldReader reader, YamlValue? value)
    {
        var budgets = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (device, scalar) in reader.ScalarMap(value, "budgets") ?? [])
        {
            if (scalar.Plain && long.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var mib) && mib > 0)
            {
                budgets[device] = mib;
            }
            else
            {
                reader.Fail(scalar, $"budgets.{device}", $"expected a positive whole number of MiB, got '{scalar.Text}'");
            }
        }

        return budgets;
    }
}
