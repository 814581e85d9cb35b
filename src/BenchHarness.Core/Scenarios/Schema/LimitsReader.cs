using BenchHarness.Planning;
using BenchHarness.Scenarios.Yaml;

namespace BenchHarness.Scenarios.Schema;

/// <summary>Reads the scenario's <c>limits:</c> block; every value is a duration and every one is optional.</summary>
public static class LimitsReader
{
    public static readonly string[] Keys = ["request", "request_floor", "request_per_token", "variant", "run"];

    public static TimeLimits Read(FieldReader reader, YamlValue? value)
    {
        var map = reader.Map(value, "limits", Keys);
        if (map is null)
        {
            return TimeLimits.Default;
        }

        var defaults = TimeLimits.Default;
        return new TimeLimits
        {
            Request = Positive(reader, map["request"], "limits.request"),
            RequestFloor = Positive(reader, map["request_floor"], "limits.request_floor") ?? defaults.RequestFloor,
            RequestPerToken = reader.Duration(map["request_per_token"], "limits.request_per_token") ?? defaults.RequestPerToken,
            Variant = Positive(reader, map["variant"], "limits.variant"),
            Run = Positive(reader, map["run"], "limits.run"),
        };
    }

    private static TimeSpan? Positive(FieldReader reader, YamlValue? value, string path)
    {
        var duration = reader.Duration(value, path);
        if (duration == TimeSpan.Zero)
        {
            reader.Fail(value!, path, "must be longer than zero");
            return null;
        }

        return duration;
    }
}
