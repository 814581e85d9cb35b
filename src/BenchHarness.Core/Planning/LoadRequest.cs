using System.Text.Json;

namespace BenchHarness.Planning;

/// <summary>The request a server of a layout repeats while another is measured: a body, kept in flight N at a time.</summary>
public sealed record LoadRequest(string Prompt, JsonElement Body, int Concurrency);
