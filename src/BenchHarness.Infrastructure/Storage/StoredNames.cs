using System.Text.Json;
using BenchHarness.Results;

namespace BenchHarness.Storage;

/// <summary>Status values as the database holds them: the same snake_case words as <c>run.json</c>.</summary>
internal static class StoredNames
{
    public static string Of(RunStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static string Of(VariantStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());
}
