using BenchHarness.Planning;
using BenchHarness.Scenarios.Model;
using BenchHarness.Scenarios.Schema;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Turns one variant and the scenario's companions into the plans of their layout, in run order: every server
/// measured alone (the others started and idle), then every server measured while the others serve their load.
/// </summary>
public static class CoResidentLayout
{
    public static IEnumerable<VariantPlan> Plans(
        ScenarioDocument document, VariantPlan variant, IReadOnlyList<(CompanionSpec Spec, ServerLaunch Launch)> companions,
        YamlMap source, FieldReader reader)
    {
        var roles = new List<(string Role, string? Description, ServerLaunch Launch, LoadRequest Load)>
        {
            (variant.Name, variant.Description, variant.Launch, Load(document, document.Load, "load", source, reader)),
        };
        for (var i = 0; i < companions.Count; i++)
        {
            var (spec, launch) = companions[i];
            roles.Add((spec.Name, spec.Description ?? $"companion of {variant.Name}", launch, Load(document, spec.Load, $"companions[{i}].load", source, reader)));
        }

        CheckPorts(variant.Name, roles.Select(r => (r.Role, r.Launch)), source, reader);
        foreach (var underLoad in new[] { false, true })
        {
            foreach (var (role, description, launch, load) in roles)
            {
                yield return new VariantPlan(LayoutRole.PlanName(variant.Name, role, underLoad), description, launch)
                {
                    Layout = new LayoutRole(variant.Name, role, underLoad, load),
                };
            }
        }
    }

    private static LoadRequest Load(ScenarioDocument document, LoadSpec spec, string path, YamlMap source, FieldReader reader)
    {
        if (document.Prompts.Count == 0)
        {
            return new LoadRequest("", default, spec.Concurrency); // the missing prompts are reported already
        }

        var prompt = spec.Inline ?? (spec.Prompt is null ? document.Prompts[0] : document.Prompts.FirstOrDefault(p => p.Name == spec.Prompt));
        if (prompt is null)
        {
            reader.Fail(source["companions"] ?? source, $"{path}.prompt",
                $"no prompt named '{spec.Prompt}'; the scenario's prompts are {string.Join(", ", document.Prompts.Select(p => p.Name))}");
            prompt = document.Prompts[0];
        }

        return new LoadRequest(prompt.Name, RequestBodies.Build(document, prompt, document.Thinking[0]), spec.Concurrency);
    }

    /// <summary>Servers of one layout run at once, so two of them on one fixed port could never both start.</summary>
    private static void CheckPorts(string layout, IEnumerable<(string Role, ServerLaunch Launch)> roles, YamlMap source, FieldReader reader)
    {
        foreach (var clash in roles.Where(r => !r.Launch.AutoPort).GroupBy(r => r.Launch.HostPort).Where(g => g.Count() > 1))
        {
            reader.Fail(source["companions"] ?? source, "companions",
                $"variant '{layout}' and its companions {string.Join(", ", clash.Select(r => $"'{r.Role}'"))} all use port {clash.Key}; give each its own port or port: auto");
        }
    }
}
