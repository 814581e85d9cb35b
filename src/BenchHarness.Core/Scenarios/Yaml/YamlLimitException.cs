namespace BenchHarness.Scenarios.Yaml;

/// <summary>A YAML file past one of <see cref="ScenarioLimits"/>, or with a key YAML allows but a scenario cannot use; reported at that value.</summary>
internal sealed class YamlLimitException(SourceMark mark, string message) : Exception(message)
{
    public SourceMark Mark { get; } = mark;
}
