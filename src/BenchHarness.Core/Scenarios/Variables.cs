using BenchHarness.Scenarios.Schema;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios;

/// <summary>Reads <c>variables</c> (merged across imports like everything else); their values may use <c>${env:NAME}</c>.</summary>
public static class Variables
{
    public static IReadOnlyDictionary<string, string> Read(YamlMap document, IScenarioFiles files, ICollection<InputError> errors)
    {
        var pairs = new FieldReader(errors).ScalarMap(document["variables"], "variables") ?? [];
        var variables = new Dictionary<string, string>();
        foreach (var (name, value) in pairs)
        {
            var expanded = (YamlScalar)VariableExpander.Expand(value, variables, files.Environment, $"variables.{name}", errors);
            variables[name] = expanded.Text;
        }

        return variables;
    }
}
