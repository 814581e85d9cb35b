namespace BenchHarness;

/// <summary>
/// A problem with something the user wrote, located precisely enough to fix: file, line, column and field.
/// Rendered as <c>file:line:column: field: message</c>, the shape editors and CI annotators understand.
/// </summary>
public sealed record InputError(string File, int Line, int Column, string Field, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return Field.Length > 0 ? $"{where}: {Field}: {Message}" : $"{where}: {Message}";
    }
}
