namespace BenchHarness.Storage;

/// <summary>
/// An exclusive lock on a file, held by the open handle: two <c>bench</c> processes never initialise or start
/// the same cluster at once, and a crashed holder releases it with its handle.
/// </summary>
internal static class FolderLock
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    public static async Task<FileStream> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Another bench process holds it; it is starting the cluster and will be done in seconds.
                await Task.Delay(RetryInterval, cancellationToken);
            }
        }
    }
}
