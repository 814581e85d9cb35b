using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchHarness.Planning;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// SHA-256 of the merged, expanded scenario document (imports, variables and <c>--set</c> applied) together with
/// every case's request body (which holds prompt files' text). Paths stay as written, so the hash does not depend
/// on the folder the scenario is loaded from.
/// </summary>
public static class ContentHash
{
    public static string Of(YamlValue document, IReadOnlyList<BenchCase> cases)
    {
        var content = new JsonObject
        {
            ["document"] = ToJson(document),
            ["requests"] = new JsonArray([.. cases.Select(c => JsonSerializer.SerializeToNode(c.RequestBody))]),
        };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(content)));
    }

    private static JsonNode? ToJson(YamlValue value) => value switch
    {
        YamlScalar scalar => scalar.IsNull ? null : JsonValue.Create(scalar.Text),
        YamlList list => new JsonArray([.. list.Items.Select(ToJson)]),
        YamlMap map => new JsonObject(map.Entries.Select(e => KeyValuePair.Create(e.Key, ToJson(e.Value)))),
        _ => null,
    };
}
