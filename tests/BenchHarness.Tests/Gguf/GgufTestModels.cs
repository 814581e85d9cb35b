using System.Buffers.Binary;
using System.Text;
using BenchHarness.Gguf;

namespace BenchHarness.Tests.Gguf;

/// <summary>Builds small GGUF files in memory with the project's writer, for the reader specs.</summary>
internal static class GgufTestModels
{
    public static GgufTensorSpec Tensor(string name, GgmlType type, params long[] shape)
    {
        var bytes = TensorSize.Of(type, type.Id, shape).Bytes!.Value;
        var fill = (byte)(name.Length % 251);
        return new GgufTensorSpec(name, shape, type, () => [Enumerable.Repeat(fill, (int)bytes).ToArray()]);
    }

    public static byte[] Write(IReadOnlyList<KeyValuePair<string, GgufValue>> metadata, params GgufTensorSpec[] tensors)
    {
        using var stream = new MemoryStream();
        GgufWriter.WriteAsync(stream, metadata, tensors, CancellationToken.None).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    public static GgufFile Read(byte[] bytes, string source = "model.gguf") =>
        GgufReader.Read(new MemoryStream(bytes), source);

    public static KeyValuePair<string, GgufValue> Entry(string key, GgufValue value) => new(key, value);

    /// <summary>Overwrites a tensor's type id in place. A tensor info is: name, n_dims (u32), dims (u64 each), type (u32), offset.</summary>
    public static void SetTensorType(byte[] bytes, string name, uint typeId)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var at = bytes.AsSpan().IndexOf(nameBytes) + nameBytes.Length;
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 4 + dimensions * 8), typeId);
    }
}
