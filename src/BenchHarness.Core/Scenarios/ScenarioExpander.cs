using BenchHarness.Planning;
using BenchHarness.Scenarios.Expansion;
using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Schema;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios;

/// <summary>Expands a read scenario into its plan: each variant's launch (server, variant, <c>--set</c> stacked) and cases.</summary>
public static class ScenarioExpander
{
    public static ScenarioPlan? Expand(ScenarioDocument document, YamlMap source, YamlValue hashed, FieldReader reader, string path, IScenarioFiles files)
    {
        var composer = new LaunchComposer(reader, path, files);
        var serverMark = source["server"]?.Mark ?? source.Mark;
        var variants = new List<VariantPlan>();
        var warnings = new List<string>();
        var companions = CompanionLaunches.Compose(document, composer, source, reader, warnings);
        foreach (var variant in document.Variants)
        {
            var server = LayerStack.Apply(ServerLayer.Empty, document.Server);
            var layer = LayerStack.Apply(LayerStack.Apply(server, variant.Layer), document.CommandLineServer);
            warnings.AddRange(UnmatchedRemovals(variant, server.Args ?? []));
            if (composer.Compose(layer, serverMark) is { } composed)
            {
                var (launch, slotsWarning) = ParallelSlots.Match(variant.Name, composed, [.. document.Concurrency, document.Load.Concurrency]);
                if (slotsWarning is not null)
                {
                    warnings.Add(slotsWarning);
                }

                foreach (var (field, message) in LaunchChecks.Problems(variant.Name, launch))
                {
                    reader.Fail(serverMark, field, message);
                }

                variants.AddRange(companions.Count == 0
                    ? [new VariantPlan(variant.Name, variant.Description, launch)]
                    : CoResidentLayout.Plans(document, new VariantPlan(variant.Name, variant.Description, launch), companions, source, reader));
                if (OverrideOrderAdvisor.Check(variant.Name, launch.ServerArgs) is { } warning)
                {
                    warnings.Add(warning);
                }
            }
        }

        CheckCaseCount(document, variants.Count, source, reader);
        if (reader.Errors.Count > 0)
        {
            return null;
        }

        // A server measured under load was warmed up when it was measured alone, moments before.
        var cases = variants.SelectMany(v => CaseExpander.For(document, v.Name).Where(c => !(c.Warmup && v.Layout?.UnderLoad == true))).ToList();
        return new ScenarioPlan
        {
            Name = document.Name,
            SourcePath = path,
            ContentHash = ContentHash.Of(hashed, cases),
            Variants = variants,
            Cases = cases,
            Warnings = warnings,
            MeasurePromptCache = document.MeasurePromptCache,
            Limits = document.Limits,
            Budgets = document.Budgets,
        };
    }

    /// <summary>Counted before any case is built, so a scenario that would expand to millions of requests costs nothing.</summary>
    private static void CheckCaseCount(ScenarioDocument document, int variants, YamlMap source, FieldReader reader)
    {
        long requestsPerRepeat = document.Concurrency.Sum();
        var perVariant = document.Warmup + ((long)document.Prompts.Count * document.Thinking.Count * document.Depths.Count * requestsPerRepeat * document.Repeats);
        var total = variants * perVariant;
        if (total > ScenarioLimits.MaxCases)
        {
            var at = source.Find("repeats")?.Value ?? source;
            var depths = document.Depths.Count > 1 ? $" × {document.Depths.Count} depths" : "";
            var together = requestsPerRepeat > 1 ? $" × {requestsPerRepeat} requests for the concurrency values" : "";
            reader.Fail(at, "repeats", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the scenario expands to {total} requests ({variants} variants × ({document.Warmup} warm-ups + {document.Prompts.Count} prompts × {document.Thinking.Count} thinking values{depths}{together} × {document.Repeats} repeats)); at most {ScenarioLimits.MaxCases}"));
        }
    }

    /// <summary>An <c>args_remove</c> that matches nothing is most likely a misspelt flag.</summary>
    private static IEnumerable<string> UnmatchedRemovals(VariantSpec variant, IReadOnlyList<string> baseArgs) =>
        (variant.Layer.ArgsRemove ?? [])
            .Where(flag => !baseArgs.Contains(flag))
            .Select(flag => $"variant '{variant.Name}': args_remove '{flag}' matches no argument of the base launch");
}
