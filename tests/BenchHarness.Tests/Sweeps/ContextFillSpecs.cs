using System.Text.Json;
using BenchHarness.Running;

namespace BenchHarness.Tests.Sweeps;

/// <summary>The context filler: plain words leading the conversation, so the filled tokens are a cacheable prefix.</summary>
public sealed class ContextFillSpecs
{
    [Fact]
    public void The_filler_has_exactly_the_words_asked_for_and_grows_as_a_prefix()
    {
        var short_ = ContextFill.Text(20);
        var long_ = ContextFill.Text(500);

        Assert.Equal(20, short_.Split(' ').Length);
        Assert.StartsWith(short_, long_, StringComparison.Ordinal);
        Assert.Equal("", ContextFill.Text(0));
    }

    [Fact]
    public void The_filler_becomes_a_system_message_before_the_users_messages()
    {
        var body = JsonSerializer.SerializeToElement(new { messages = new[] { new { role = "user", content = "Write a haiku." } }, max_tokens = 32 });

        var filled = ContextFill.WithFiller(body, "amber river");

        var messages = filled.GetProperty("messages");
        Assert.Equal(2, messages.GetArrayLength());
        Assert.Equal(("system", "amber river"), (messages[0].GetProperty("role").GetString(), messages[0].GetProperty("content").GetString()));
        Assert.Equal("Write a haiku.", messages[1].GetProperty("content").GetString());
        Assert.Equal(32, filled.GetProperty("max_tokens").GetInt32());
    }

    [Fact]
    public void An_existing_system_message_keeps_its_text_after_the_filler()
    {
        var body = JsonSerializer.SerializeToElement(new
        {
            messages = new[] { new { role = "system", content = "You are terse." }, new { role = "user", content = "hi" } },
        });

        var messages = ContextFill.WithFiller(body, "amber river").GetProperty("messages");

        Assert.Equal(2, messages.GetArrayLength());
        Assert.Equal("amber river\n\nYou are terse.", messages[0].GetProperty("content").GetString());
    }

    [Fact]
    public void A_body_without_messages_is_refused()
    {
        var body = JsonSerializer.SerializeToElement(new { prompt = "hi" });

        Assert.Throws<InvalidDataException>(() => ContextFill.WithFiller(body, "amber"));
    }
}
