using BenchHarness.Gguf;
using static BenchHarness.Tests.Gguf.GgufTestModels;

namespace BenchHarness.Tests.Gguf;

public class GgufBadFileSpecs
{
    private static readonly byte[] ValidFile = Write(
        [Entry("general.architecture", GgufValue.Of("llama"))],
        Tensor("weights", GgmlTypes.F16, 64, 4));

    [Fact]
    public void A_file_without_the_gguf_magic_is_rejected_with_its_name()
    {
        var bytes = (byte[])ValidFile.Clone();
        bytes[0] = (byte)'X';

        var error = Assert.Throws<InputException>(() => Read(bytes, "broken.gguf"));

        Assert.Equal("broken.gguf", error.Errors.Single().File);
        Assert.Contains("not a GGUF file", error.Message);
    }

    [Fact]
    public void Version_1_is_rejected_with_a_clear_message()
    {
        var error = Assert.Throws<InputException>(() => Read(WithVersion(1), "old.gguf"));

        Assert.Contains("old.gguf", error.Message);
        Assert.Contains("GGUF version 1 is not supported", error.Message);
    }

    [Fact]
    public void Version_2_reads_like_version_3()
    {
        var file = Read(WithVersion(2));

        Assert.Equal(2u, file.Version);
        Assert.Equal("weights", file.Tensors.Single().Name);
    }

    [Fact]
    public void A_big_endian_file_is_named_as_such()
    {
        var bytes = WithVersion(0x03000000);

        var error = Assert.Throws<InputException>(() => Read(bytes));

        Assert.Contains("big-endian", error.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    [InlineData(60)]
    public void A_file_cut_inside_the_header_is_reported_as_truncated(int length)
    {
        var error = Assert.Throws<InputException>(() => Read(ValidFile[..length], "cut.gguf"));

        Assert.Equal("cut.gguf", error.Errors.Single().File);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void A_file_cut_inside_the_tensor_data_names_the_tensor()
    {
        var error = Assert.Throws<InputException>(() => Read(ValidFile[..^10], "cut.gguf"));

        Assert.Contains("truncated GGUF file: tensor weights ends at byte", error.Message);
    }

    [Fact]
    public void An_unknown_tensor_type_leaves_the_size_unknown_instead_of_failing()
    {
        var bytes = Write([], Tensor("odd", GgmlTypes.F32, 8));
        SetTensorType(bytes, "odd", 500);

        var tensor = Read(bytes).Tensors.Single();

        Assert.Null(tensor.Bytes);
        Assert.Equal("unknown(500)", tensor.TypeName);
    }

    [Fact]
    public void A_repeated_tensor_name_is_rejected()
    {
        var bytes = Write([], Tensor("twin", GgmlTypes.F32, 8), Tensor("twin", GgmlTypes.F32, 8));

        var error = Assert.Throws<InputException>(() => Read(bytes, "twins.gguf"));

        Assert.Contains("duplicate tensor name twin", error.Message);
    }

    private static byte[] WithVersion(uint version)
    {
        var bytes = (byte[])ValidFile.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), version);
        return bytes;
    }
}
