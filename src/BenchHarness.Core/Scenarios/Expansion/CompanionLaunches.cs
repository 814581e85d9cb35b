using BenchHarness.Planning;
using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Schema;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Each companion's launch: its <c>server:</c> laid over the scenario's (so a shared engine, image or volumes are
/// written once), with as many slots as its load and the scenario's concurrency need. <c>--set server.*</c> is the
/// measured variant's and does not reach companions.
/// </summary>
public static class CompanionLaunches
{
    public static IReadOnlyList<(CompanionSpec Spec, ServerLaunch Launch)> Compose(
        ScenarioDocument document, LaunchComposer composer, YamlMap source, FieldReader reader, List<string> warnings)
    {
        var list = source["companions"] as YamlList;
        var composed = new List<(CompanionSpec, ServerLaunch)>();
        for (var i = 0; i < document.Companions.Count; i++)
        {
            var companion = document.Companions[i];
            var mark = (list?.Items.ElementAtOrDefault(i) as YamlMap)?["server"]?.Mark ?? source.Mark;
            var layer = LayerStack.Apply(LayerStack.Apply(ServerLayer.Empty, document.Server), companion.Layer);
            if (composer.Compose(layer, mark) is not { } launch)
            {
                continue;
            }

            var (slotted, warning) = ParallelSlots.Match(companion.Name, launch, [.. document.Concurrency, companion.Load.Concurrency]);
            if (warning is not null)
            {
                warnings.Add(warning);
            }

            foreach (var (field, message) in LaunchChecks.Problems(companion.Name, slotted))
            {
                reader.Fail(mark, $"companions[{i}].{field}", message);
            }

            composed.Add((companion, slotted));
        }

        return composed;
    }
}
