namespace BenchHarness;

/// <summary>Bad input (scenario, log, model file, command-line value). The CLI prints each error and exits 2.</summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<InputError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public InputException(string file, string message)
        : this([new InputError(file, 0, 0, "", message)])
    {
    }

    public IReadOnlyList<InputError> Errors { get; }
}
