using BenchHarness.Gguf;
using static BenchHarness.Tests.Gguf.GgufTestModels;

namespace BenchHarness.Tests.Gguf;

public class GgufRoundTripSpecs
{
    private static readonly KeyValuePair<string, GgufValue>[] EveryValueType =
    [
        Entry("v.u8", new(GgufValueType.Uint8, (byte)200)),
        Entry("v.i8", new(GgufValueType.Int8, (sbyte)-100)),
        Entry("v.u16", new(GgufValueType.Uint16, (ushort)60000)),
        Entry("v.i16", new(GgufValueType.Int16, (short)-30000)),
        Entry("v.u32", new(GgufValueType.Uint32, 4000000000u)),
        Entry("v.i32", new(GgufValueType.Int32, -2000000000)),
        Entry("v.f32", new(GgufValueType.Float32, 1.5e-5f)),
        Entry("v.bool", new(GgufValueType.Bool, true)),
        Entry("v.string", new(GgufValueType.String, "héllo ✓")),
        Entry("v.u64", new(GgufValueType.Uint64, ulong.MaxValue)),
        Entry("v.i64", new(GgufValueType.Int64, long.MinValue)),
        Entry("v.f64", new(GgufValueType.Float64, Math.PI)),
        Entry("v.strings", GgufValue.Array(GgufValueType.String, ["a", "", "ccc"])),
        Entry("v.nested", GgufValue.Array(GgufValueType.Array, [new GgufArray(GgufValueType.Int16, [(short)1, (short)-2])])),
    ];

    [Fact]
    public void Every_metadata_value_type_reads_back_as_written_in_order()
    {
        var file = Read(Write(EveryValueType));

        Assert.Equal(EveryValueType.Select(entry => entry.Key), file.Metadata.Select(entry => entry.Key));
        foreach (var (key, value) in EveryValueType)
        {
            var read = file.Find(key)!;
            Assert.Equal(value.Type, read.Type);
            Assert.Equal(Describe(value.Value), Describe(read.Value));
        }
    }

    [Fact]
    public void Tensors_read_back_with_type_shape_size_and_aligned_offsets()
    {
        var q4K = GgmlTypes.FindByName("Q4_K")!;
        var bytes = Write([], Tensor("a", GgmlTypes.F32, 3), Tensor("b", q4K, 512, 2, 4), Tensor("c", GgmlTypes.Q8_0, 64));

        var file = Read(bytes);

        Assert.Equal(["a", "b", "c"], file.Tensors.Select(tensor => tensor.Name));
        Assert.Equal([512L, 2, 4], file.Tensors[1].Shape);
        Assert.Equal(new long?[] { 12, 2 * 144 * 8, 68 }, file.Tensors.Select(tensor => tensor.Bytes));
        Assert.Equal([0UL, 32, 32 + 2304], file.Tensors.Select(tensor => tensor.DataOffset));
        Assert.Equal(0, file.DataStart % 32);
        Assert.Equal(file.DataStart + 32 + 2304 + 96, bytes.Length);
    }

    [Fact]
    public void Tensor_data_lies_at_the_offset_the_table_gives()
    {
        var bytes = Write([], Tensor("first", GgmlTypes.F32, 3), Tensor("second.longer", GgmlTypes.F16, 8));

        var file = Read(bytes);
        var second = file.Tensors[1];

        var start = (int)(file.DataStart + (long)second.DataOffset);
        Assert.All(bytes[start..(start + 16)], b => Assert.Equal("second.longer".Length, b));
    }

    [Fact]
    public void A_custom_alignment_is_honoured_for_data_start_and_offsets()
    {
        var bytes = Write([Entry("general.alignment", GgufValue.Of(256u))], Tensor("a", GgmlTypes.F32, 3), Tensor("b", GgmlTypes.F32, 3));

        var file = Read(bytes);

        Assert.Equal(256u, file.Alignment);
        Assert.Equal(0, file.DataStart % 256);
        Assert.Equal(256UL, file.Tensors[1].DataOffset);
    }

    private static string Describe(object value) => value switch
    {
        GgufArray array => $"{array.ElementType}[{string.Join(",", array.Items.Select(Describe))}]",
        IFormattable formattable => $"{value.GetType().Name}:{formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}",
        _ => $"{value.GetType().Name}:{value}",
    };
}
