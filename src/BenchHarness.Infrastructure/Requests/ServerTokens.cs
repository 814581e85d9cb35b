using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BenchHarness.Requests;

/// <summary>
/// The server's own view of a request's tokens: its chat template (<c>/apply-template</c>, the same parsing as
/// <c>/v1/chat/completions</c>) and its tokenizer (<c>/tokenize</c> with special tokens added and parsed, as the
/// chat endpoint does). Depth is counted with these, never estimated.
/// </summary>
internal sealed class ServerTokens(HttpClient http)
{
    public async Task<string> RenderAsync(JsonElement body, CancellationToken cancellationToken)
    {
        using var response = await PostAsync("apply-template", body.GetRawText(), cancellationToken);
        return response.RootElement.GetProperty("prompt").GetString() ?? "";
    }

    public async Task<int[]> TokenizeAsync(string text, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Serialize(new { content = text, add_special = true, parse_special = true });
        using var response = await PostAsync("tokenize", request, cancellationToken);
        return [.. response.RootElement.GetProperty("tokens").EnumerateArray().Select(t => t.GetInt32())];
    }

    private async Task<JsonDocument> PostAsync(string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(path, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST /{path}: HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return await response.Content.ReadFromJsonAsync<JsonDocument>(cancellationToken)
            ?? throw new InvalidDataException($"POST /{path} returned no JSON");
    }
}
