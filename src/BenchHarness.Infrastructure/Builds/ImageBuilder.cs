using System.Reflection;

namespace BenchHarness.Builds;

/// <summary>
/// Makes a container image of a local build without any registry: a context whose <c>rootfs/</c> holds the build's
/// binaries and every library ldd names, built with <c>docker/llama.cpp/Containerfile.cpu</c> (embedded) by
/// <c>podman build</c>. An image with the tag already there is kept.
/// </summary>
public sealed class ImageBuilder(Action<string>? onStatus = null)
{
    public const string Repository = "localhost/benchharness/llama-server";

    public static string TagOf(BuiltServer build, BuildRecipe recipe) =>
        $"{Repository}:{build.ShortCommit}" + (recipe.IsDefault ? "" : $"-{recipe.Backend.ToString().ToLowerInvariant()}-{recipe.OptionsKey}");

    public async Task<string> BuildAsync(BuiltServer build, BuildRecipe recipe, CancellationToken cancellationToken)
    {
        var tag = TagOf(build, recipe);
        if (await BuildStep.QueryAsync("podman", ["image", "exists", tag], cancellationToken) is not null)
        {
            return tag;
        }

        onStatus?.Invoke($"making image {tag} from {build.Server}");
        var context = Directory.CreateTempSubdirectory("benchharness-image-").FullName;
        try
        {
            await PrepareRootAsync(Path.GetDirectoryName(build.Server)!, Path.Combine(context, "rootfs"), cancellationToken);
            var containerfile = Path.Combine(context, "Containerfile");
            await File.WriteAllTextAsync(containerfile, CpuContainerfile(), cancellationToken);
            var log = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(build.Server)!)!)!, "image.log");
            await BuildStep.RunAsync(
                $"podman build of {tag}", "podman",
                ["build", "--quiet", "--label", $"org.opencontainers.image.revision={build.Commit}", "-f", containerfile, "-t", tag, context],
                context, log, cancellationToken);
            return tag;
        }
        finally
        {
            Directory.Delete(context, recursive: true);
        }
    }

    private static async Task PrepareRootAsync(string binFolder, string root, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(root, "usr", "local", "bin"));
        Directory.CreateDirectory(Path.Combine(root, "models"));
        var tmp = Directory.CreateDirectory(Path.Combine(root, "tmp"));
        if (!OperatingSystem.IsWindows())
        {
            tmp.UnixFileMode = (UnixFileMode)0b1_111_111_111; // 1777, as /tmp always is
        }
        Directory.CreateDirectory(Path.Combine(root, "etc"));
        await File.WriteAllTextAsync(Path.Combine(root, "etc", "passwd"), "root:x:0:0:root:/root:/bin/false\n", cancellationToken);
        var libraries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var target in BuildRecipe.Targets)
        {
            var binary = Path.Combine(binFolder, target);
            File.Copy(binary, Path.Combine(root, "usr", "local", "bin", target));
            var ldd = await BuildStep.QueryAsync("ldd", [binary], cancellationToken)
                ?? throw new BuildFailedException($"ldd {binary} failed: cannot list the libraries the image needs");
            libraries.UnionWith(LddLibraries(ldd));
        }

        foreach (var library in libraries)
        {
            var copy = root + library;
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(new FileInfo(library).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? library, copy, overwrite: true);
        }
    }

    /// <summary>Absolute paths ldd prints: <c>libm.so.6 => /lib/x86_64-linux-gnu/libm.so.6 (0x...)</c> and the loader's own line.</summary>
    internal static IEnumerable<string> LddLibraries(string lddOutput) =>
        lddOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Contains("=>", StringComparison.Ordinal) ? line[(line.IndexOf("=>", StringComparison.Ordinal) + 2)..].Trim() : line)
            .Select(rest => rest.Split(' ')[0])
            .Where(path => path.StartsWith('/'));

    private static string CpuContainerfile()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("containerfiles/cpu")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
