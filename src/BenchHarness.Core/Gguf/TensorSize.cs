using System.Globalization;

namespace BenchHarness.Gguf;

/// <summary>
/// The exact bytes of a tensor, as ggml computes them: the row (ne[0] elements) is whole blocks plus any
/// per-row metadata, times the number of rows (the product of the other dimensions).
/// </summary>
public static class TensorSize
{
    public sealed record Result(long? Bytes, string? Problem);

    public static Result Of(GgmlType? type, int typeId, IReadOnlyList<long> shape)
    {
        if (type is null)
        {
            return new(null, $"unknown ggml type id {typeId.ToString(CultureInfo.InvariantCulture)}");
        }

        if (shape.Any(dimension => dimension < 0))
        {
            return new(null, "negative dimension");
        }

        var rowLength = shape.Count > 0 ? shape[0] : 1;
        var rowBytes = type.RowBytes(rowLength);
        if (rowBytes is null)
        {
            return new(null, string.Create(
                CultureInfo.InvariantCulture,
                $"row length {rowLength} is not a multiple of {type.Name}'s block size {type.BlockSize}"));
        }

        try
        {
            var rows = shape.Skip(1).Aggregate(1L, (product, dimension) => checked(product * dimension));
            return new(checked(rowBytes.Value * rows), null);
        }
        catch (OverflowException)
        {
            return new(null, "size overflows 64 bits");
        }
    }
}
