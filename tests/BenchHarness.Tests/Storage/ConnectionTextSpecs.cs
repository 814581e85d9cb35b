using BenchHarness.Storage;
using Npgsql;

namespace BenchHarness.Tests.Storage;

/// <summary><c>--db</c> takes Npgsql's keyword form or a <c>postgresql://</c> URL; anything else is bad input that never shows the password.</summary>
public sealed class ConnectionTextSpecs
{
    [Fact]
    public void A_postgresql_url_becomes_the_keyword_form_with_every_part()
    {
        var text = PostgresConnectionText.Normalize("postgresql://bench:s%40cret@db.example:6543/runs?sslmode=disable&application_name=nightly", "--db");

        var builder = new NpgsqlConnectionStringBuilder(text);
        Assert.Equal(("db.example", 6543, "bench", "s@cret", "runs"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
        Assert.Equal(SslMode.Disable, builder.SslMode);
        Assert.Equal("nightly", builder.ApplicationName);
    }

    [Fact]
    public void The_short_postgres_scheme_and_a_url_without_password_or_port_are_accepted()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionText.Normalize("postgres://bench@localhost/bench", "BENCH_DB"));

        Assert.Equal(("localhost", 5432, "bench", null, "bench"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Fact]
    public void A_keyword_connection_string_is_kept()
    {
        var text = PostgresConnectionText.Normalize("Host=127.0.0.1;Port=5433;Username=bench;Database=bench", "--db");

        Assert.Equal(5433, new NpgsqlConnectionStringBuilder(text).Port);
    }

    [Theory]
    [InlineData("this is not a connection string hunter2", "not keyword=value pairs separated by ';'")]
    [InlineData("Host=db;Pasword=hunter2", "keyword 'pasword' is unknown or its value does not fit")]
    [InlineData("Username=bench;Password=hunter2", "no host")]
    [InlineData("postgresql://bench:hunter2@db:notaport/runs", "the URL does not parse")]
    [InlineData("postgresql://bench:hunter2@db/runs?frobnicate=1", "keyword 'frobnicate' is unknown")]
    public void A_malformed_connection_string_is_bad_input_naming_the_option_without_the_password(string text, string reason)
    {
        var error = Assert.Throws<InputException>(() => PostgresConnectionText.Normalize(text, "--db"));

        var only = Assert.Single(error.Errors);
        Assert.Equal("--db", only.File);
        Assert.Contains(reason, only.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
