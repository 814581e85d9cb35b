namespace BenchHarness.Planning;

/// <summary>
/// A plan's place in a co-resident layout: the servers of one variant and its companions start together, and each
/// of them is measured once alone (the others idle) and once under load (the others serving their load).
/// </summary>
/// <param name="Layout">The variant whose layout this is; every plan of one layout shares its servers.</param>
/// <param name="Role">The measured server: the variant itself, or a companion's name.</param>
/// <param name="UnderLoad">Whether the layout's other servers serve their load while this one is measured.</param>
/// <param name="Load">What this role's server serves while another role is measured under load.</param>
public sealed record LayoutRole(string Layout, string Role, bool UnderLoad, LoadRequest Load)
{
    public bool IsCompanion => Role != Layout;

    /// <summary>The plan's name: <c>v</c>, <c>v@worker</c>, with <c>+loaded</c> when measured under load.</summary>
    public static string PlanName(string layout, string role, bool underLoad) =>
        (role == layout ? layout : $"{layout}@{role}") + (underLoad ? "+loaded" : "");
}
