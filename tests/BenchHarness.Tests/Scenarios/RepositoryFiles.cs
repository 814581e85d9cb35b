namespace BenchHarness.Tests.Scenarios;

/// <summary>Files of the repository itself (such as scenarios/), found by walking up to the solution file.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "BenchHarness.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("BenchHarness.sln not found above the test output folder");
    }
}
