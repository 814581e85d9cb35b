using BenchHarness.Gguf;

namespace BenchHarness.Tests.Gguf;

public class GgmlTypeTableSpecs
{
    // Block sizes and bytes per block as llama.cpp's gguf-py GGML_QUANT_SIZES and ggml.c type_traits define them.
    [Theory]
    [InlineData(0, "F32", 1, 4)]
    [InlineData(1, "F16", 1, 2)]
    [InlineData(2, "Q4_0", 32, 18)]
    [InlineData(3, "Q4_1", 32, 20)]
    [InlineData(6, "Q5_0", 32, 22)]
    [InlineData(7, "Q5_1", 32, 24)]
    [InlineData(8, "Q8_0", 32, 34)]
    [InlineData(9, "Q8_1", 32, 36)]
    [InlineData(10, "Q2_K", 256, 84)]
    [InlineData(11, "Q3_K", 256, 110)]
    [InlineData(12, "Q4_K", 256, 144)]
    [InlineData(13, "Q5_K", 256, 176)]
    [InlineData(14, "Q6_K", 256, 210)]
    [InlineData(15, "Q8_K", 256, 292)]
    [InlineData(16, "IQ2_XXS", 256, 66)]
    [InlineData(17, "IQ2_XS", 256, 74)]
    [InlineData(18, "IQ3_XXS", 256, 98)]
    [InlineData(19, "IQ1_S", 256, 50)]
    [InlineData(20, "IQ4_NL", 32, 18)]
    [InlineData(21, "IQ3_S", 256, 110)]
    [InlineData(22, "IQ2_S", 256, 82)]
    [InlineData(23, "IQ4_XS", 256, 136)]
    [InlineData(24, "I8", 1, 1)]
    [InlineData(25, "I16", 1, 2)]
    [InlineData(26, "I32", 1, 4)]
    [InlineData(27, "I64", 1, 8)]
    [InlineData(28, "F64", 1, 8)]
    [InlineData(29, "IQ1_M", 256, 56)]
    [InlineData(30, "BF16", 1, 2)]
    [InlineData(34, "TQ1_0", 256, 54)]
    [InlineData(35, "TQ2_0", 256, 66)]
    [InlineData(39, "MXFP4", 32, 17)]
    [InlineData(40, "NVFP4", 64, 36)]
    [InlineData(41, "Q1_0", 128, 18)]
    [InlineData(42, "Q2_0", 64, 18)]
    public void Mainline_types_have_llama_cpp_ids_block_sizes_and_block_bytes(int id, string name, int blockSize, int bytesPerBlock)
    {
        var type = GgmlTypes.Find(id);

        Assert.NotNull(type);
        Assert.Equal((name, blockSize, bytesPerBlock, 0), (type.Name, type.BlockSize, type.BytesPerBlock, type.RowMetaBytes));
    }

    // ik_llama.cpp: sizeof of its block structs and the per-row metadata of ggml.c's type_traits.
    [Theory]
    [InlineData(133, "Q6_0", 32, 26, 0)]
    [InlineData(137, "IQ2_K", 256, 76, 0)]
    [InlineData(138, "IQ3_K", 256, 110, 0)]
    [InlineData(139, "IQ4_K", 256, 144, 0)]
    [InlineData(140, "IQ5_K", 256, 176, 0)]
    [InlineData(141, "IQ6_K", 256, 212, 0)]
    [InlineData(144, "IQ4_KS", 256, 136, 4)]
    [InlineData(145, "IQ2_KS", 256, 70, 2)]
    [InlineData(146, "IQ4_KSS", 256, 128, 4)]
    [InlineData(152, "IQ5_KS", 256, 168, 4)]
    [InlineData(153, "IQ2_KT", 256, 68, 4)]
    [InlineData(154, "IQ3_KT", 256, 100, 4)]
    [InlineData(155, "IQ4_KT", 256, 128, 4)]
    [InlineData(156, "IQ3_KS", 256, 102, 2)]
    [InlineData(157, "IQ2_KL", 256, 86, 2)]
    [InlineData(158, "IQ1_KT", 256, 56, 4)]
    public void Ik_llama_types_have_their_ids_sizes_and_row_metadata(int id, string name, int blockSize, int bytesPerBlock, int rowMeta)
    {
        var type = GgmlTypes.Find(id);

        Assert.NotNull(type);
        Assert.Equal((name, blockSize, bytesPerBlock, rowMeta), (type.Name, type.BlockSize, type.BytesPerBlock, type.RowMetaBytes));
    }

    [Fact]
    public void Names_are_unique_and_found_by_name_in_any_case()
    {
        Assert.Equal(GgmlTypes.All.Count, GgmlTypes.All.Select(type => type.Name.ToUpperInvariant()).Distinct().Count());
        Assert.Same(GgmlTypes.Find(144), GgmlTypes.FindByName("iq4_ks"));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(43)]
    [InlineData(1000)]
    public void Removed_and_future_ids_are_unknown(int id) => Assert.Null(GgmlTypes.Find(id));
}
