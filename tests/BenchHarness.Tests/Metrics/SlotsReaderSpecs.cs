using System.Text.Json;
using BenchHarness.Metrics;

namespace BenchHarness.Tests.Metrics;

/// <summary><c>/slots</c> as the pinned server answers it between requests, and the shapes other builds use.</summary>
public sealed class SlotsReaderSpecs
{
    [Fact]
    public void A_slot_that_never_ran_a_task_has_only_its_size_and_state()
    {
        var slot = Assert.Single(SlotsReader.Parse(MetricsFiles.Text("llama-cpp-slots-before.json")));

        Assert.Equal(new SlotState { Id = 0, NCtx = 2048, IsProcessing = false }, slot);
    }

    [Fact]
    public void After_a_request_the_slot_keeps_its_task_and_context_but_the_pinned_build_has_cleared_its_counts()
    {
        var slot = Assert.Single(SlotsReader.Parse(MetricsFiles.Text("llama-cpp-slots-after.json")));

        // 166 = the last request's 119 prompt tokens and 48 generated, less the last token, which is never decoded.
        Assert.Equal((68L, 166L, false), (slot.IdTask, slot.PromptTokens, slot.IsProcessing));
        Assert.Equal((0L, 0L, 0L), (slot.PromptTokensProcessed, slot.PromptTokensCached, slot.Decoded));
    }

    [Fact]
    public void Next_token_as_an_object_and_missing_fields_are_read_as_far_as_they_go()
    {
        var slot = Assert.Single(SlotsReader.Parse("""[{"id":3,"id_task":9,"state":0,"next_token":{"n_decoded":17}}]"""));

        Assert.Equal(new SlotState { Id = 3, IdTask = 9, Decoded = 17 }, slot);
    }

    [Theory]
    [InlineData("""{"error":{"code":501}}""")]
    [InlineData("""[{"n_ctx":2048}]""")]
    public void An_answer_that_is_not_a_list_of_slots_is_an_error(string json) =>
        Assert.ThrowsAny<JsonException>(() => SlotsReader.Parse(json));
}
