namespace BenchHarness.Storage;

/// <summary>What <see cref="RunStore.SaveAsync"/> did with a run.</summary>
public enum SaveOutcome
{
    /// <summary>The run id was new.</summary>
    Inserted,

    /// <summary>The run id was stored with other content (e.g. saved while running, now completed): replaced whole.</summary>
    Replaced,

    /// <summary>The very same content was stored already: nothing written.</summary>
    Unchanged,
}
