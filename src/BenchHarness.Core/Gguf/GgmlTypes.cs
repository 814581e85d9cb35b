namespace BenchHarness.Gguf;

/// <summary>
/// Every ggml tensor type a GGUF file may hold, by the id written in the file. Ids 0-42 follow llama.cpp's
/// ggml.h and gguf-py's GGML_QUANT_SIZES; ids 31-33, 36 and 97 upwards are ik_llama.cpp's (its ggml.h and
/// the sizeof of its block structs). Where the two forks use one id, they agree on the size, except 36,
/// which only ik_llama.cpp still assigns (I2_S).
/// </summary>
public static class GgmlTypes
{
    public const int QkK = 256;

    public static GgmlType F32 { get; } = new(0, "F32", 1, 4);
    public static GgmlType F16 { get; } = new(1, "F16", 1, 2);
    public static GgmlType Q8_0 { get; } = new(8, "Q8_0", 32, 34);

    private static readonly IReadOnlyDictionary<int, GgmlType> ById = Mainline()
        .Concat(IkLlama())
        .ToDictionary(type => type.Id);

    private static readonly IReadOnlyDictionary<string, GgmlType> ByName =
        ById.Values.ToDictionary(type => type.Name, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<GgmlType> All => [.. ById.Values.OrderBy(type => type.Id)];

    /// <summary>The type with this id, or null for an id this table does not know (its tensors' sizes are unknown).</summary>
    public static GgmlType? Find(int id) => ById.GetValueOrDefault(id);

    public static GgmlType? FindByName(string name) => ByName.GetValueOrDefault(name);

    private static IEnumerable<GgmlType> Mainline() =>
    [
        F32,
        F16,
        new(2, "Q4_0", 32, 2 + 16),
        new(3, "Q4_1", 32, 2 + 2 + 16),
        new(6, "Q5_0", 32, 2 + 4 + 16),
        new(7, "Q5_1", 32, 2 + 2 + 4 + 16),
        Q8_0,
        new(9, "Q8_1", 32, 2 + 2 + 32),
        new(10, "Q2_K", QkK, 2 + 2 + QkK / 16 + QkK / 4),
        new(11, "Q3_K", QkK, 2 + QkK / 4 + QkK / 8 + 12),
        new(12, "Q4_K", QkK, 2 + 2 + QkK / 2 + 12),
        new(13, "Q5_K", QkK, 2 + 2 + QkK / 2 + QkK / 8 + 12),
        new(14, "Q6_K", QkK, 2 + QkK / 2 + QkK / 4 + QkK / 16),
        new(15, "Q8_K", QkK, 4 + QkK + QkK / 8),
        new(16, "IQ2_XXS", QkK, 2 + QkK / 4),
        new(17, "IQ2_XS", QkK, 2 + QkK / 4 + QkK / 32),
        new(18, "IQ3_XXS", QkK, 2 + QkK / 4 + QkK / 8),
        new(19, "IQ1_S", QkK, 2 + QkK / 8 + QkK / 16),
        new(20, "IQ4_NL", 32, 2 + 16),
        new(21, "IQ3_S", QkK, 2 + QkK / 4 + QkK / 8 + QkK / 32 + 4),
        new(22, "IQ2_S", QkK, 2 + QkK / 4 + QkK / 16),
        new(23, "IQ4_XS", QkK, 2 + 2 + QkK / 2 + QkK / 64),
        new(24, "I8", 1, 1),
        new(25, "I16", 1, 2),
        new(26, "I32", 1, 4),
        new(27, "I64", 1, 8),
        new(28, "F64", 1, 8),
        new(29, "IQ1_M", QkK, QkK / 8 + QkK / 16 + QkK / 32),
        new(30, "BF16", 1, 2),
        new(34, "TQ1_0", QkK, 2 + 4 * 13),
        new(35, "TQ2_0", QkK, 2 + 64),
        new(39, "MXFP4", 32, 1 + 16),
        new(40, "NVFP4", 64, 4 + 32),
        new(41, "Q1_0", 128, 2 + 16),
        new(42, "Q2_0", 64, 2 + 16),
    ];

    private static IEnumerable<GgmlType> IkLlama() =>
    [
        new(31, "Q4_0_4_4", 32, 18),
        new(32, "Q4_0_4_8", 32, 18),
        new(33, "Q4_0_8_8", 32, 18),
        new(36, "I2_S", 1, 1),
        new(97, "Q8_0_X4", 32, 34),
        new(98, "Q8_1_X4", 32, 36),
        new(99, "Q8_2_X4", 32, 36),
        new(133, "Q6_0", 32, 26),
        new(134, "IQ1_BN", 64, 13, RowMetaBytes: 2),
        new(135, "IQ2_BN", 64, 16, RowMetaBytes: 4),
        new(136, "Q8_K64", 64, 68),
        new(137, "IQ2_K", QkK, 76),
        new(138, "IQ3_K", QkK, 110),
        new(139, "IQ4_K", QkK, 144),
        new(140, "IQ5_K", QkK, 176),
        new(141, "IQ6_K", QkK, 212),
        new(144, "IQ4_KS", QkK, 136, RowMetaBytes: 4),
        new(145, "IQ2_KS", QkK, 70, RowMetaBytes: 2),
        new(146, "IQ4_KSS", QkK, 128, RowMetaBytes: 4),
        new(147, "Q8_K16", 64, 64, RowMetaBytes: 20),
        new(148, "Q8_K32", QkK, 296),
        new(149, "Q8_KR8", QkK, 296),
        new(150, "Q8_K128", 128, 140),
        new(151, "Q8_KV", 32, 32, RowMetaBytes: 8),
        new(152, "IQ5_KS", QkK, 168, RowMetaBytes: 4),
        new(153, "IQ2_KT", QkK, 68, RowMetaBytes: 4),
        new(154, "IQ3_KT", QkK, 100, RowMetaBytes: 4),
        new(155, "IQ4_KT", QkK, 128, RowMetaBytes: 4),
        new(156, "IQ3_KS", QkK, 102, RowMetaBytes: 2),
        new(157, "IQ2_KL", QkK, 86, RowMetaBytes: 2),
        new(158, "IQ1_KT", QkK, 56, RowMetaBytes: 4),
        new(202, "Q4_0_R8", 32, 18),
        new(206, "Q5_0_R4", 32, 22),
        new(208, "Q8_0_R8", 32, 34),
        new(210, "Q2_K_R4", QkK, 84),
        new(211, "Q3_K_R4", QkK, 110),
        new(212, "Q4_K_R4", QkK, 144),
        new(213, "Q5_K_R4", QkK, 176),
        new(214, "Q6_K_R4", QkK, 210),
        new(216, "IQ2_XXS_R4", QkK, 66),
        new(217, "IQ2_XS_R4", QkK, 74),
        new(218, "IQ3_XXS_R4", QkK, 98),
        new(219, "IQ1_S_R4", 32, 6, RowMetaBytes: 2),
        new(220, "IQ4_NL_R4", 32, 18),
        new(221, "IQ3_S_R4", QkK, 110),
        new(222, "IQ2_S_R4", QkK, 82),
        new(223, "IQ4_XS_R8", QkK, 136),
        new(229, "IQ1_M_R4", 32, 7, RowMetaBytes: 2),
        new(230, "BF16_R16", 1, 2),
        new(233, "Q6_0_R4", 32, 26),
        new(335, "IQ2_BN_R4", 64, 16, RowMetaBytes: 4),
        new(337, "IQ2_K_R4", QkK, 76),
        new(338, "IQ3_K_R4", QkK, 110),
        new(339, "IQ4_K_R4", QkK, 144),
        new(340, "IQ5_K_R4", QkK, 176),
        new(344, "IQ4_KS_R4", QkK, 136, RowMetaBytes: 4),
        new(352, "IQ5_KS_R4", QkK, 168, RowMetaBytes: 4),
        new(353, "MXFP4_R8", 32, 17),
        new(397, "Q8_K_R16", QkK, 258),
        new(398, "Q8_KV_R8", 32, 32, RowMetaBytes: 4),
        new(399, "Q8_K_R8", QkK, 258),
    ];
}
