using BenchHarness.Planning;

namespace BenchHarness.Running;

/// <summary>What every variant of one run shares: the plan, the run's recorder, the launchers, the options and the memory gate.</summary>
/// <param name="LogSuffix">Added to each server log's name, so a resumed run keeps the first attempt's logs.</param>
internal sealed record VariantContext(
    ScenarioPlan Plan, RunRecorder Recorder, LauncherSet Launchers, RunOptions Options, VariantMemoryGate Memory, string LogSuffix = "");
