namespace BenchHarness.Cli;

/// <summary>What <c>bench</c> returns, so nightly jobs can act on it.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The work ran but failed, or <c>--fail-on-regression</c> found a slower case.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: a scenario, a file or an argument that must be fixed first.</summary>
    public const int BadInput = 2;

    /// <summary>Cancelled by Ctrl-C (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
