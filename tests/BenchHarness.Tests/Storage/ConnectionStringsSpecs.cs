using BenchHarness.Storage;

namespace BenchHarness.Tests.Storage;

public sealed class ConnectionStringsSpecs
{
    [Fact]
    public void Shown_connection_string_keeps_everything_but_the_password()
    {
        var shown = ConnectionStrings.WithoutPassword("Host=db.lan;Port=5433;Username=bench;Password=hunter2;Database=runs");

        Assert.Equal("Host=db.lan;Port=5433;Username=bench;Database=runs", shown);
    }

    [Fact]
    public void Unparsable_connection_string_is_not_echoed()
    {
        Assert.Equal("(unparsable connection string)", ConnectionStrings.WithoutPassword("Host=a;Password=hunter2;Bogus Key=1"));
    }

    [Fact]
    public void Password_inside_an_error_message_is_masked()
    {
        var message = ConnectionStrings.Mask("failed for user bench with password hunter2", "Host=a;Password=hunter2");

        Assert.Equal("failed for user bench with password ***", message);
    }
}
