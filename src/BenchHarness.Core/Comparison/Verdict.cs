using System.Text.Json.Serialization;

namespace BenchHarness.Comparison;

/// <summary>The answer for one case and metric; see <see cref="VerdictRule"/>.</summary>
public enum Verdict
{
    Same,
    Slower,
    Faster,
    Inconclusive,

    [JsonStringEnumMemberName("insufficient-data")]
    InsufficientData,
}
