using System.Globalization;

namespace BenchHarness.Storage;

/// <summary>The embedded <c>migrations/NNNN_name.sql</c> resources, in version order.</summary>
public static class MigrationCatalog
{
    private const string Prefix = "migrations/";

    public static IReadOnlyList<Migration> All { get; } = Load();

    private static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(resource =>
            {
                var fileName = Path.GetFileNameWithoutExtension(resource[Prefix.Length..]);
                var version = int.Parse(fileName[..fileName.IndexOf('_', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture);
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                return new Migration(version, fileName, reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToList();
    }
}
