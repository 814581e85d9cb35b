using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BenchHarness.Planning;
using BenchHarness.Running;

namespace BenchHarness.Requests;

/// <summary>
/// Puts exactly <see cref="BenchCase.Depth"/> tokens into a server slot's context before a measured request, the
/// way llama-bench's <c>-d</c> does for its runs: the measured body leads with filler text (<see cref="ContextFill"/>),
/// sized with the server's template and tokenizer so that its first <c>depth</c> tokens are filler; a
/// <c>/completion</c> request with exactly those tokens fills the slot (untimed), and the measured request
/// (<c>cache_prompt: true</c>) reuses them from the prompt cache, so its prompt eval covers only the tokens after
/// the depth. The server's <c>cache_n</c> proves the depth on every sample.
/// </summary>
internal sealed class ContextFiller(HttpClient http)
{
    private const int MaxProbes = 24;
    private readonly ServerTokens _tokens = new(http);
    private readonly Dictionary<string, FilledCase> _prepared = new(StringComparer.Ordinal);
    private int? _slots;

    /// <summary>The measured body and the depth's tokens; worked out once per case and reused by its repeats.</summary>
    public async Task<FilledCase> PrepareAsync(BenchCase benchCase, CancellationToken cancellationToken)
    {
        if (_prepared.TryGetValue(benchCase.Key, out var known))
        {
            return known;
        }

        var depth = benchCase.Depth;
        var words = await WordsForAsync(benchCase, depth, cancellationToken);
        var body = ContextFill.WithFiller(benchCase.RequestBody, ContextFill.Text(words));
        var all = await _tokens.TokenizeAsync(await _tokens.RenderAsync(body, cancellationToken), cancellationToken);
        if (all.Length <= depth)
        {
            throw new InvalidDataException($"case {benchCase.Key}: the filled prompt has {all.Length} tokens, not more than the depth {depth}");
        }

        var filled = new FilledCase(body, all[..depth], all[depth]);
        _prepared[benchCase.Key] = filled;
        return filled;
    }

    /// <summary>
    /// Fills the first <paramref name="slots"/> slots, each named (<c>id_slot</c>) so that requests sent together
    /// each find a filled slot: left to itself the server would give every fill the one slot that already holds the
    /// prefix. Slots beyond the server's count are not filled (their requests queue behind the others).
    /// </summary>
    /// <returns>The number of slots filled.</returns>
    public async Task<int> FillAsync(FilledCase filled, int slots, CancellationToken cancellationToken)
    {
        var count = Math.Min(slots, await SlotCountAsync(cancellationToken));
        await Task.WhenAll(Enumerable.Range(0, count).Select(slot => FillSlotAsync(filled, count > 1 ? slot : -1, cancellationToken)));
        return count;
    }

    /// <summary>Leaves a slot holding exactly the depth's tokens: one prompt of those tokens, the token after them banned so the one sampled token cannot extend the shared prefix.</summary>
    private async Task FillSlotAsync(FilledCase filled, int slot, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new
        {
            id_slot = slot,
            prompt = filled.Prefix,
            n_predict = 0,
            cache_prompt = true,
            temperature = 0,
            logit_bias = new object[] { new object[] { filled.Next, false } },
        });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("completion", content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"filling the context: POST /completion: HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private async Task<int> SlotCountAsync(CancellationToken cancellationToken)
    {
        if (_slots is null)
        {
            var props = await http.GetFromJsonAsync<JsonElement>("props", cancellationToken);
            _slots = props.TryGetProperty("total_slots", out var total) && total.TryGetInt32(out var n) && n > 0 ? n : 1;
        }

        return _slots.Value;
    }

    /// <summary>The fewest filler words whose tokens (with the template's lead-in) reach the depth.</summary>
    private async Task<int> WordsForAsync(BenchCase benchCase, int depth, CancellationToken cancellationToken)
    {
        var (below, above) = (0, 0);
        var probes = 0;
        var one = await FillerTokensAsync(benchCase, 1, cancellationToken);
        if (one >= depth)
        {
            return 1;
        }

        var sixtyFour = await FillerTokensAsync(benchCase, 64, cancellationToken);
        var perWord = Math.Max((sixtyFour - one) / 63.0, 0.05);
        var guess = 1 + (int)Math.Ceiling((depth - one) / perWord);
        below = 1;
        while (above == 0 && ++probes <= MaxProbes)
        {
            var count = await FillerTokensAsync(benchCase, guess, cancellationToken);
            if (count >= depth)
            {
                above = guess;
            }
            else
            {
                below = guess;
                guess += 1 + (int)Math.Ceiling((depth - count) / perWord);
            }
        }

        while (above - below > 1 && ++probes <= MaxProbes)
        {
            var middle = below + ((above - below) / 2);
            if (await FillerTokensAsync(benchCase, middle, cancellationToken) >= depth)
            {
                above = middle;
            }
            else
            {
                below = middle;
            }
        }

        return above > 0 ? above : throw new InvalidDataException($"case {benchCase.Key}: no filler length reached the depth {depth} tokens");
    }

    /// <summary>Tokens of the rendered prompt up to the end of the filler: the part a fill can hold.</summary>
    private async Task<int> FillerTokensAsync(BenchCase benchCase, int words, CancellationToken cancellationToken)
    {
        var filler = ContextFill.Text(words);
        var rendered = await _tokens.RenderAsync(ContextFill.WithFiller(benchCase.RequestBody, filler), cancellationToken);
        var end = rendered.IndexOf(filler, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidDataException($"case {benchCase.Key}: the chat template did not keep the context filler verbatim, so depth cannot be counted");
        }

        return (await _tokens.TokenizeAsync(rendered[..(end + filler.Length)], cancellationToken)).Length;
    }
}

/// <summary>A depth case ready to run: the body with its filler, the depth's tokens, and the token that follows them.</summary>
internal sealed record FilledCase(JsonElement Body, int[] Prefix, int Next);
