namespace BenchHarness.Scenarios.Expansion;

/// <summary>
/// Edits a llama-server argument list by flag: remove a flag (with its value), set a flag's value, or append.
/// A flag takes a value when the next item is not itself a flag, except for known switches.
/// </summary>
public static class ServerArguments
{
    /// <summary>llama.cpp / ik_llama.cpp options that never take a value.</summary>
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal)
    {
        "--cpu-moe", "-cmoe", "--jinja", "--no-mmap", "--mlock", "--merge-qkv", "-muge", "--warmup-batch", "-ger",
        "--no-context-shift", "--context-shift", "--metrics", "--no-warmup", "--cont-batching", "--no-cont-batching",
        "--no-webui", "--embedding", "--verbose", "-v", "--check-tensors", "--no-kv-offload", "-nkvo",
    };

    public static bool IsFlag(string item) =>
        item.Length > 1 && item[0] == '-' && !char.IsAsciiDigit(item[1]) && item[1] != '.';

    /// <summary>Whether the flag at <paramref name="index"/> has a value after it.</summary>
    public static bool HasValue(IReadOnlyList<string> args, int index) =>
        index + 1 < args.Count && !Switches.Contains(args[index]) && !IsFlag(args[index + 1]);

    public static List<string> Remove(IReadOnlyList<string> args, string flag)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == flag)
            {
                i += HasValue(args, i) ? 1 : 0;
                continue;
            }

            result.Add(args[i]);
        }

        return result;
    }

    /// <summary>Replaces the value of the flag's first occurrence, or appends the flag; a null value makes it a bare switch.</summary>
    public static List<string> Set(IReadOnlyList<string> args, string flag, string? value)
    {
        var result = args.ToList();
        var index = result.IndexOf(flag);
        if (index < 0)
        {
            result.Add(flag);
            if (value is not null)
            {
                result.Add(value);
            }

            return result;
        }

        var hadValue = HasValue(result, index);
        if (value is null)
        {
            if (hadValue)
            {
                result.RemoveAt(index + 1);
            }
        }
        else if (hadValue)
        {
            result[index + 1] = value;
        }
        else
        {
            result.Insert(index + 1, value);
        }

        return result;
    }

    /// <summary>Splits an argument list into flags with their values (null for switches); loose items get an empty flag.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Pairs(IReadOnlyList<string> args)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!IsFlag(args[i]))
            {
                pairs.Add(new("", args[i]));
            }
            else if (HasValue(args, i))
            {
                pairs.Add(new(args[i], args[i + 1]));
                i++;
            }
            else
            {
                pairs.Add(new(args[i], null));
            }
        }

        return pairs;
    }
}
