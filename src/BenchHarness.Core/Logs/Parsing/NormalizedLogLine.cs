namespace BenchHarness.Logs.Parsing;

/// <summary>
/// A log line with every decoration removed (colours, timestamps, container and journald prefixes, slot/task
/// prefixes, 2024 key=value tails), leaving the message the server printed.
/// </summary>
/// <param name="Text">The bare message, trimmed.</param>
/// <param name="Slot">Slot id when the prefix or the structured fields named one.</param>
/// <param name="Task">Task id when the prefix or the structured fields named one.</param>
/// <param name="IsSlotHeader">
/// True for a <c>slot print_timing: id N | task M |</c> line with nothing after it: ik_llama.cpp and 2025
/// llama.cpp print the timing lines bare after such a header.
/// </param>
internal sealed record NormalizedLogLine(string Text, long? Slot, long? Task, bool IsSlotHeader = false);
