using Npgsql;

namespace BenchHarness.Storage;

/// <summary>Connection strings as they may be shown: never with a password.</summary>
public static class ConnectionStrings
{
    /// <summary>The same connection string with any password removed; unparsable text is not echoed at all.</summary>
    public static string WithoutPassword(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Password = null, Passfile = null };
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(unparsable connection string)";
        }
    }

    /// <summary>Replaces the password of <paramref name="connectionString"/> wherever it appears in <paramref name="message"/>.</summary>
    public static string Mask(string message, string connectionString)
    {
        string? password;
        try
        {
            password = new NpgsqlConnectionStringBuilder(connectionString).Password;
        }
        catch (ArgumentException)
        {
            return message.Replace(connectionString, "(connection string)", StringComparison.Ordinal);
        }

        return string.IsNullOrEmpty(password) ? message : message.Replace(password, "***", StringComparison.Ordinal);
    }
}
