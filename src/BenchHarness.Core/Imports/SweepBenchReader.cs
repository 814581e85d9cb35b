using System.Globalization;
using System.Text.RegularExpressions;
using BenchHarness.Logs;
using BenchHarness.Results;

namespace BenchHarness.Imports;

/// <summary>
/// Reads ik_llama.cpp's sweep-bench output: the table (<c>| PP | TG | N_KV | T_PP s | S_PP t/s | T_TG s | S_TG t/s |</c>,
/// optionally with memory columns) and, from the log printed with it, the build, model and the
/// <c>main: n_kv_max = …, n_batch = …</c> settings line. Each table row is one measurement at context depth N_KV: a
/// sample whose PP and TG were timed separately, so both rates are kept.
/// </summary>
public static partial class SweepBenchReader
{
    public static IReadOnlyList<ImportedTest> Read(string text, string source, DateTimeOffset at)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var setup = Setup(lines);
        var tests = new List<ImportedTest>();
        var repeats = new Dictionary<(int, int, int), int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var row = Row().Match(lines[i]);
            if (!row.Success)
            {
                continue;
            }

            var (pp, tg, depth) = (Int(row, "pp", source, i), Int(row, "tg", source, i), Int(row, "kv", source, i));
            var repeat = repeats[(pp, tg, depth)] = repeats.GetValueOrDefault((pp, tg, depth), -1) + 1;
            var sample = new Sample
            {
                Prompt = LlamaBenchTestReader.TestName(pp, tg),
                Depth = depth,
                Repeat = repeat,
                At = at,
                PromptTokens = pp,
                PromptMs = Number(row, "tpp", source, i) * 1000,
                PromptTokensPerSecond = Number(row, "spp", source, i),
                GeneratedTokens = tg,
                GenerationMs = Number(row, "ttg", source, i) * 1000,
                GenerationTokensPerSecond = Number(row, "stg", source, i),
                TgFormula = "n",
            };
            tests.Add(new ImportedTest(i + 1, setup, [sample]));
        }

        return tests.Count > 0 ? tests : throw new InputException(source, "no sweep-bench table rows (| PP | TG | N_KV | ... |)");
    }

    private static ImportedSetup Setup(IReadOnlyList<string> lines)
    {
        var startup = LlamaLogReader.Parse(lines).Startup;
        var build = BuildVersion.TryParse(startup.Build);
        var settings = new List<KeyValuePair<string, string>>();
        var model = (string?)null;
        var gpus = new List<string>();
        foreach (var line in lines)
        {
            if (SettingsLine().Match(line) is { Success: true } match)
            {
                settings = match.Groups["pair"].Captures.Select(c => c.Value.Split('=', StringSplitOptions.TrimEntries))
                    .Where(p => Flags.ContainsKey(p[0]))
                    .Select(p => KeyValuePair.Create(Flags[p[0]], p[1]))
                    .ToList();
            }

            model ??= ModelPath().Match(line) is { Success: true } path ? path.Groups[1].Value : null;
            if (Gpu().Match(line) is { Success: true } gpu)
            {
                gpus.Add(gpu.Groups[1].Value);
            }
        }

        return new ImportedSetup
        {
            BuildNumber = build?.Number?.ToString(CultureInfo.InvariantCulture),
            Commit = build?.Commit,
            GpuInfo = gpus.Count > 0 ? string.Join(", ", gpus) : null,
            ModelFile = model,
            ModelType = startup.ModelType,
            Settings = [.. settings.OrderBy(s => Order(s.Key))],
        };
    }

    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["n_kv_max"] = "c",
        ["n_batch"] = "b",
        ["n_ubatch"] = "ub",
        ["flash_attn"] = "fa",
        ["n_gpu_layers"] = "ngl",
        ["n_threads"] = "t",
    };

    private static int Order(string flag) => flag == "c" ? -1 : LlamaBenchSettings.Known.ToList().FindIndex(k => k.Flag == flag);

    private static int Int(Match row, string group, string source, int index) =>
        int.TryParse(row.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InputException([new InputError(source, index + 1, row.Groups[group].Index + 1, group, "expected a whole number")]);

    private static double Number(Match row, string group, string source, int index) =>
        double.TryParse(row.Groups[group].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InputException([new InputError(source, index + 1, row.Groups[group].Index + 1, group, "expected a number")]);

    [GeneratedRegex(@"^\|\s*(?<pp>\d+)\s*\|\s*(?<tg>\d+)\s*\|\s*(?<kv>\d+)\s*\|\s*(?<tpp>[\d.]+)\s*\|\s*(?<spp>[\d.]+)\s*\|\s*(?<ttg>[\d.]+)\s*\|\s*(?<stg>[\d.]+)\s*\|")]
    private static partial Regex Row();

    [GeneratedRegex(@"^\w+:\s+(?=n_kv_max)(?:(?<pair>\w+\s*=\s*\d+),?\s*)*$")]
    private static partial Regex SettingsLine();

    [GeneratedRegex(@"loaded meta data with .* from (\S+?\.gguf)")]
    private static partial Regex ModelPath();

    [GeneratedRegex(@"^\s*Device \d+: (.+?), compute capability")]
    private static partial Regex Gpu();
}
