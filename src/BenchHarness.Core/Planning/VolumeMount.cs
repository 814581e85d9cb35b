namespace BenchHarness.Planning;

/// <summary>A bind mount, written like <c>-v host:container:options</c> (options such as <c>ro,Z</c> may be empty).</summary>
public sealed record VolumeMount(string HostPath, string ContainerPath, string Options)
{
    public bool ReadOnly => Options.Split(',').Contains("ro");

    public override string ToString() =>
        Options.Length == 0 ? $"{HostPath}:{ContainerPath}" : $"{HostPath}:{ContainerPath}:{Options}";
}
