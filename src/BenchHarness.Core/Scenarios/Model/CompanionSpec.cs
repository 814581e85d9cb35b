namespace BenchHarness.Scenarios.Model;

/// <summary>
/// A server that runs beside every variant's server (a worker beside an orchestrator): its own launch layer, laid
/// over the scenario's <c>server:</c>, and the load it serves while another server of the layout is measured.
/// </summary>
public sealed record CompanionSpec(string Name, string? Description, ServerLayer Layer, LoadSpec Load);
