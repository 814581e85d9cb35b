using System.Net.Http.Json;
using System.Text.Json;
using BenchHarness.Results;

namespace BenchHarness.Servers;

/// <summary>Reads <c>/props</c>: the build that answered, the model it loaded and its context size.</summary>
public static class ServerProps
{
    public static async Task<ServerBuild> ReadAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var props = await http.GetFromJsonAsync<JsonElement>("props", cancellationToken);
        var buildInfo = Text(props, "build_info");
        int? nCtx = props.TryGetProperty("default_generation_settings", out var settings)
            && settings.TryGetProperty("n_ctx", out var ctx) && ctx.ValueKind == JsonValueKind.Number
            ? ctx.GetInt32()
            : null;
        return new ServerBuild
        {
            BuildInfo = buildInfo,
            Commit = BuildVersion.TryParse(buildInfo)?.Commit,
            ModelPath = Text(props, "model_path"),
            NCtx = nCtx,
        };
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
