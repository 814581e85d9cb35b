using BenchHarness.Gguf;

namespace BenchHarness.Tests.Gguf;

public class TensorSizeSpecs
{
    [Fact]
    public void Plain_types_take_element_count_times_element_size()
    {
        Assert.Equal(4096L * 32 * 4, TensorSize.Of(GgmlTypes.F32, 0, [4096, 32]).Bytes);
    }

    [Fact]
    public void Block_types_take_rows_times_blocks_per_row_times_block_bytes()
    {
        var q4K = GgmlTypes.FindByName("Q4_K");

        var size = TensorSize.Of(q4K, q4K!.Id, [2048, 1536, 128]);

        Assert.Equal(2048L / 256 * 144 * 1536 * 128, size.Bytes);
    }

    [Fact]
    public void Row_metadata_is_added_once_per_row()
    {
        var iq4Ks = GgmlTypes.FindByName("IQ4_KS");

        var size = TensorSize.Of(iq4Ks, iq4Ks!.Id, [4096, 10]);

        Assert.Equal((4 + 4096 / 256 * 136) * 10L, size.Bytes);
    }

    [Fact]
    public void A_row_that_is_not_whole_blocks_has_no_size_and_says_why()
    {
        var size = TensorSize.Of(GgmlTypes.Q8_0, 8, [100, 4]);

        Assert.Null(size.Bytes);
        Assert.Contains("not a multiple of Q8_0's block size 32", size.Problem);
    }

    [Fact]
    public void An_unknown_type_has_no_size_and_names_the_id()
    {
        var size = TensorSize.Of(null, 777, [32]);

        Assert.Null(size.Bytes);
        Assert.Contains("777", size.Problem);
    }

    [Fact]
    public void A_scalar_tensor_is_one_element()
    {
        Assert.Equal(4, TensorSize.Of(GgmlTypes.F32, 0, []).Bytes);
    }

    [Fact]
    public void Sizes_beyond_64_bits_are_reported_not_wrapped()
    {
        var size = TensorSize.Of(GgmlTypes.F32, 0, [1L << 32, 1L << 32, 4]);

        Assert.Null(size.Bytes);
        Assert.Contains("overflow", size.Problem);
    }
}
