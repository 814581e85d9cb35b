namespace BenchHarness.Storage;

/// <summary>Finds PostgreSQL's server programs: on PATH first, then Debian's <c>/usr/lib/postgresql/VERSION/bin</c> (newest version).</summary>
public static class PostgresBinaries
{
    public static string Find(string program)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program));
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(v => int.TryParse(Path.GetFileName(v), out var n) ? n : 0)
                .Select(v => Path.Combine(v, "bin", program))
            : [];

        return onPath.Concat(debian).FirstOrDefault(File.Exists)
            ?? throw new StoreUnavailableException(
                $"PostgreSQL's '{program}' was found neither on PATH nor in /usr/lib/postgresql/*/bin; install the PostgreSQL server or set BENCH_DB");
    }
}
