using System.Globalization;
using System.Text;

namespace BenchHarness.Memory.Placement;

/// <summary>
/// The scenario <c>bench place</c> writes: the model on a process server, <c>server.*</c> settings given with
/// <c>--set</c> as written, the usable memory as <c>budgets:</c>, one variant per candidate and one short prompt.
/// RPC devices are started by the harness when <c>rpc_server</c> is set, else named with <c>--rpc</c> in each variant.
/// Every string is single-quoted, so expressions and device names reach the server as written.
/// </summary>
public static class PlacementScenarioText
{
    public static string Render(string name, string modelPath, IReadOnlyList<KeyValuePair<string, string>> serverSettings,
        IReadOnlyList<DeviceBudget> devices, IReadOnlyList<PlacementCandidate> candidates)
    {
        var text = new StringBuilder();
        var startsRpc = serverSettings.Any(s => s.Key == "rpc_server");
        var endpoints = devices.Select(d => d.Endpoint).OfType<string>().ToList();
        text.AppendLine("# Candidate expert placements written by bench place; bench memory shows each one's prediction.");
        text.AppendLine(CultureInfo.InvariantCulture, $"name: {Quote(name)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"description: {Quote($"where the experts of {Path.GetFileName(modelPath)} go within " + string.Join(", ", devices.Select(Budget)))}");
        text.AppendLine("server:");
        if (serverSettings.All(s => s.Key != "engine"))
        {
            text.AppendLine("  engine: process");
        }

        if (serverSettings.All(s => s.Key != "binary"))
        {
            text.AppendLine("  binary: llama-server");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  model: {Quote(modelPath)}");
        foreach (var (key, value) in serverSettings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {key}: {value}");
        }

        if (startsRpc && endpoints.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  rpc_ports: [{string.Join(", ", endpoints.Select(e => e[(e.LastIndexOf(':') + 1)..]))}]");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"budgets: {{{string.Join(", ", devices.Select(d => $"{Quote(d.Device)}: {d.UsableMib.ToString(CultureInfo.InvariantCulture)}"))}}}");
        text.AppendLine("variants:");
        foreach (var candidate in candidates)
        {
            var args = startsRpc || endpoints.Count == 0 ? candidate.Args : ["--rpc", string.Join(',', endpoints), .. candidate.Args];
            text.AppendLine(CultureInfo.InvariantCulture, $"  - name: {Quote(candidate.Name)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    description: {Quote(candidate.Description)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    args_add: [{string.Join(", ", args.Select(Quote))}]");
        }

        text.AppendLine("prompts:");
        text.AppendLine("  - name: short");
        text.AppendLine("    messages: [{role: user, content: 'Write one sentence about the sea.'}]");
        text.AppendLine("    max_tokens: 32");
        return text.ToString();
    }

    private static string Budget(DeviceBudget device) =>
        device.ReserveMib > 0
            ? FormattableString.Invariant($"{device.Device} {device.Mib} MiB less {device.ReserveMib} reserved")
            : FormattableString.Invariant($"{device.Device} {device.Mib} MiB");

    private static string Quote(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
