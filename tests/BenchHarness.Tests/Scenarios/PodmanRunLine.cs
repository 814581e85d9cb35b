namespace BenchHarness.Tests.Scenarios;

/// <summary>A <c>podman run</c> argument list split into the container options the seeds use, the image and llama-server's arguments.</summary>
internal sealed record PodmanRunLine(
    IReadOnlyList<string> Devices,
    IReadOnlyList<string> Ports,
    IReadOnlyList<string> CapAdd,
    IReadOnlyList<string> Volumes,
    string Image,
    IReadOnlyList<string> ServerArgs)
{
    public static PodmanRunLine Parse(IReadOnlyList<string> words)
    {
        Assert.Equal(["podman", "run"], words.Take(2));
        var (devices, ports, caps, volumes) = (new List<string>(), new List<string>(), new List<string>(), new List<string>());
        var i = 2;
        for (; i < words.Count && words[i].StartsWith('-'); i++)
        {
            var (option, value) = words[i].Contains('=') && words[i].StartsWith("--", StringComparison.Ordinal)
                ? (words[i][..words[i].IndexOf('=')], words[i][(words[i].IndexOf('=') + 1)..])
                : (words[i], words[i] == "--rm" ? "" : words[++i]);
            var target = option switch
            {
                "--device" => devices,
                "-p" => ports,
                "--cap-add" => caps,
                "-v" => volumes,
                "--rm" => null,
                _ => throw new InvalidDataException($"unexpected podman option {option}"),
            };
            target?.Add(value);
        }

        return new PodmanRunLine(devices, ports, caps, volumes, words[i], [.. words.Skip(i + 1)]);
    }
}
