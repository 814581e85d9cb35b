using Npgsql;

namespace BenchHarness.Storage;

/// <summary>
/// What <c>--db</c> / <c>BENCH_DB</c> may hold: Npgsql's keyword form (<c>Host=...;Username=...</c>) or a libpq
/// URL (<c>postgresql://user:pass@host:port/db?sslmode=require</c>), which is converted to the keyword form.
/// Anything else is bad input, found before any work starts; no message ever shows the password.
/// </summary>
public static class PostgresConnectionText
{
    // libpq URL parameters whose Npgsql keyword is spelt differently; others pass through by name.
    private static readonly Dictionary<string, string> UrlParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["target_session_attrs"] = "Target Session Attributes",
        ["user"] = "Username",
        ["dbname"] = "Database",
    };

    /// <param name="source">Where the text came from (<c>--db</c> or <c>BENCH_DB</c>), named in the error.</param>
    public static string Normalize(string text, string source)
    {
        var trimmed = text.Trim();
        var isUrl = trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);
        try
        {
            var builder = isUrl ? FromUrl(trimmed) : new NpgsqlConnectionStringBuilder(trimmed);
            if (string.IsNullOrEmpty(builder.Host))
            {
                throw new ArgumentException("no host");
            }

            return builder.ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            var shape = isUrl ? "a postgresql://user:password@host:port/database URL" : "a connection string";
            throw new InputException(source,
                $"not a valid PostgreSQL connection string ({shape}: {Reason(e)}); expected Host=H;Port=5432;Username=U;Password=P;Database=D or postgresql://U:P@H:5432/D");
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        var uri = new Uri(url);
        var builder = new NpgsqlConnectionStringBuilder { Host = Uri.UnescapeDataString(uri.Host.Trim('[', ']')) };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            builder[UrlParameters.GetValueOrDefault(key, key)] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "";
        }

        return builder;
    }

    /// <summary>The parser's reason without any part of the text (which may hold the password).</summary>
    private static string Reason(Exception e) => e switch
    {
        UriFormatException => "the URL does not parse",
        ArgumentException { Message: "no host" } => "no host",
        ArgumentException { ParamName: { Length: > 0 } keyword } a when a.Message.StartsWith("Couldn't set", StringComparison.Ordinal) =>
            $"keyword '{keyword}' is unknown or its value does not fit",
        ArgumentException a when a.Message.StartsWith("Format of the initialization string", StringComparison.Ordinal) =>
            "not keyword=value pairs separated by ';'",
        _ => "a value does not suit its keyword",
    };
}
