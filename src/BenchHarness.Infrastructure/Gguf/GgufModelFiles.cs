using System.Globalization;
using BenchHarness.Gguf;

namespace BenchHarness.Infrastructure.Gguf;

/// <summary>Opens a GGUF model from disk. Any shard of a split model (<c>-00002-of-00008.gguf</c>) opens the whole model.</summary>
public static class GgufModelFiles
{
    public static GgufModel Read(string path, CancellationToken cancellationToken)
    {
        var split = GgufSplitName.TryParse(path);
        if (split is null)
        {
            return GgufModel.FromShards([ReadOne(path, cancellationToken)]);
        }

        var missing = split.ShardPaths().FirstOrDefault(shard => !File.Exists(shard));
        if (missing is not null)
        {
            throw new InputException(missing, string.Create(
                CultureInfo.InvariantCulture,
                $"shard {GgufSplitName.TryParse(missing)!.Number} of {split.Count} of the split model {path} is missing"));
        }

        return GgufModel.FromShards([.. split.ShardPaths().Select(shard => ReadOne(shard, cancellationToken))]);
    }

    private static GgufFile ReadOne(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, "no such file");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return GgufReader.Read(stream, path, cancellationToken);
    }
}
