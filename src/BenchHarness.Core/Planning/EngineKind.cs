namespace BenchHarness.Planning;

/// <summary>How a server is started: as a plain process, or as a container through an engine's API.</summary>
public enum EngineKind
{
    Process,
    Podman,
    Docker,
}
