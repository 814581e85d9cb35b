namespace BenchHarness.Planning;

/// <summary>Narrows a plan to the variants named on the command line (<c>--variant</c>); an unknown name is an input error.</summary>
public static class VariantFilter
{
    public static ScenarioPlan Only(ScenarioPlan plan, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return plan;
        }

        var unknown = names.Where(n => plan.Variants.All(v => v.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InputException(plan.SourcePath,
                $"unknown variant '{string.Join("', '", unknown)}'; the scenario has: {string.Join(", ", plan.Variants.Select(v => v.Name))}");
        }

        return plan with
        {
            Variants = [.. plan.Variants.Where(v => names.Contains(v.Name))],
            Cases = [.. plan.Cases.Where(c => names.Contains(c.Variant))],
        };
    }
}
