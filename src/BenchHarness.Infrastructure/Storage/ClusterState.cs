namespace BenchHarness.Storage;

/// <summary>Where the local cluster stands.</summary>
public enum ClusterState
{
    /// <summary>No cluster in the data folder yet; the first command that needs the database creates it.</summary>
    NotInitialised,
    Stopped,
    Running,
}
