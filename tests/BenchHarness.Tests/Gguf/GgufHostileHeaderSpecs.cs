using System.Buffers.Binary;
using BenchHarness.Gguf;
using static BenchHarness.Tests.Gguf.GgufTestModels;

namespace BenchHarness.Tests.Gguf;

/// <summary>
/// GGUF headers that claim absurd counts or layer numbers are refused with an error naming the field or
/// tensor, before anything is allocated for them, even when a sparse file makes every claim "fit".
/// </summary>
public sealed class GgufHostileHeaderSpecs : IDisposable
{
    private const long MemoryBudget = 64L << 20;
    private const int TensorCountOffset = 8;
    private readonly string _folder = Directory.CreateTempSubdirectory("gguf-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Reads and summarizes as <c>bench gguf</c> does, within a memory budget; the error it must end in.</summary>
    private static InputException Refused(Func<GgufFile> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<InputException>(() => GgufModelSummarizer.Summarize(GgufModel.FromShards([read()])));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < MemoryBudget, "allocated more than 64 MiB to refuse the header");
        return error;
    }

    private static InputException Refused(byte[] bytes) => Refused(() => Read(bytes, "hostile.gguf"));

    /// <summary>The bytes written at the start of a sparse file of <paramref name="length"/> bytes (reads of the rest give zeros).</summary>
    private string Sparse(byte[] bytes, long length)
    {
        var path = Path.Combine(_folder, "sparse.gguf");
        using var stream = File.Create(path);
        stream.Write(bytes);
        stream.SetLength(length);
        return path;
    }

    private static GgufFile ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return GgufReader.Read(stream, path);
    }

    [Fact]
    public void A_block_count_of_two_billion_is_refused_naming_the_key()
    {
        var bytes = Write([Entry("general.architecture", GgufValue.Of("llama")), Entry("llama.block_count", GgufValue.Of((uint)int.MaxValue))]);

        var error = Refused(bytes);

        Assert.Equal("hostile.gguf: metadata llama.block_count is 2147483647; a model has 0 to 65536 layers", error.Errors.Single().ToString());
    }

    [Fact]
    public void A_tensor_in_layer_two_billion_is_refused_naming_the_tensor()
    {
        var bytes = Write([], Tensor("blk.2000000000.ffn_up_exps.weight", GgmlTypes.F32, 8));

        var error = Refused(bytes);

        Assert.Equal("hostile.gguf: tensor blk.2000000000.ffn_up_exps.weight: layer 2000000000 is out of range (layers are numbered 0 to 65535)",
            error.Errors.Single().ToString());
    }

    [Theory]
    [InlineData("blk.99999999999999.attn_q.weight", "99999999999999")]
    [InlineData("blk.99999999999999999999999999.attn_q.weight", "99999999999999999999999999")]
    public void A_layer_number_past_32_or_64_bits_is_out_of_range_not_an_overflow(string name, string index)
    {
        var bytes = Write([], Tensor(name, GgmlTypes.F32, 8));

        var error = Refused(bytes);

        Assert.Contains($"tensor {name}: layer {index} is out of range", error.Message);
    }

    [Fact]
    public void A_tensor_count_of_2_to_the_40_in_a_two_terabyte_sparse_file_is_checked_against_the_entry_size()
    {
        var bytes = Write([]);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(TensorCountOffset), 1UL << 40);
        var path = Sparse(bytes, 1L << 41);

        var error = Refused(() => ReadFile(path));

        Assert.Contains("the tensor count 1099511627776 is more than the rest of the file can hold", error.Message);
    }

    [Fact]
    public void A_tensor_count_that_fits_a_sparse_file_is_still_bounded_by_the_reader_maximum()
    {
        var bytes = Write([]);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(TensorCountOffset), 1UL << 30);
        var path = Sparse(bytes, 1L << 41);

        var error = Refused(() => ReadFile(path));

        Assert.Equal($"{path}: the tensor count 1073741824 is more than 1048576, the most this reader accepts", error.Errors.Single().ToString());
    }

    [Fact]
    public void A_billion_item_array_in_a_sparse_file_is_refused_before_it_is_allocated()
    {
        var bytes = Write([Entry("tokenizer.ggml.token_type", GgufValue.Array(GgufValueType.Uint8, [(byte)1]))]);
        var countAt = bytes.AsSpan().IndexOf("tokenizer.ggml.token_type"u8) + "tokenizer.ggml.token_type".Length + 4 + 4;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(countAt), 1UL << 30);
        var path = Sparse(bytes, 1L << 41);

        var error = Refused(() => ReadFile(path));

        Assert.Contains("metadata tokenizer.ggml.token_type claims 1073741824 array items; the whole header may hold at most 4194304", error.Message);
    }

    [Fact]
    public void A_gigabyte_string_in_a_sparse_file_is_refused_by_the_header_size_limit()
    {
        var bytes = Write([Entry("general.name", GgufValue.Of("x"))]);
        var lengthAt = bytes.AsSpan().IndexOf("general.name"u8) + "general.name".Length + 4;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(lengthAt), 1UL << 30);
        var path = Sparse(bytes, 1L << 41);

        var error = Refused(() => ReadFile(path));

        Assert.Contains("would make the header larger than 256 MiB", error.Message);
    }

    [Fact]
    public void Deeply_nested_arrays_are_refused_without_recursing_through_them()
    {
        var bytes = Write([Entry("general.name", GgufValue.Of("x"))]);
        var typeAt = bytes.AsSpan().IndexOf("general.name"u8) + "general.name".Length;
        var nested = new List<byte>();
        for (var i = 0; i < 100_000; i++)
        {
            nested.AddRange(BitConverter.GetBytes((uint)GgufValueType.Array));
            nested.AddRange(BitConverter.GetBytes(1UL));
        }

        // key, then value type Array, then 100,000 levels of (element type Array, count 1).
        var hostile = bytes[..typeAt].Concat(BitConverter.GetBytes((uint)GgufValueType.Array)).Concat(nested).Concat(new byte[64]).ToArray();

        var error = Refused(hostile);

        Assert.Contains("metadata general.name nests arrays deeper than 4 levels", error.Message);
    }

    [Fact]
    public void A_real_layer_count_and_layer_numbers_still_read()
    {
        var bytes = Write(
            [Entry("general.architecture", GgufValue.Of("llama")), Entry("llama.block_count", GgufValue.Of(2u))],
            Tensor("blk.1.ffn_up_exps.weight", GgmlTypes.F32, 8, 2));

        var report = GgufModelSummarizer.Summarize(GgufModel.FromShards([Read(bytes)]));

        Assert.Equal([0, 1], report.Layers.Select(l => l.Index));
        Assert.Equal(64, report.Layers[1].ExpertBytes);
    }
}
