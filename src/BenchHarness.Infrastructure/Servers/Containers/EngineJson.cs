using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenchHarness.Servers.Containers;

/// <summary>The Engine API's own JSON convention: PascalCase names as written, nulls left out.</summary>
internal static class EngineJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = null,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
