using BenchHarness.Gguf.Synthesis;
using BenchHarness.Logs;
using BenchHarness.Memory;
using BenchHarness.Tests.Logs;

namespace BenchHarness.Tests.Memory;

/// <summary>
/// The memory model against the buffers pinned llama-server printed for three synthesized layouts on the CPU and
/// two RPC devices (TestData/logs/rpc, see SOURCES.md): model bytes within 1% or 1 MiB, KV within 2%, the
/// compute buffer inside the predicted range.
/// </summary>
public sealed class RpcBufferSpecs
{
    private const string First = "RPC0[127.0.0.1:51052]", Second = "RPC0[127.0.0.1:51053]";
    private const string Common = "--rpc 127.0.0.1:51052,127.0.0.1:51053 -c 4096 -np 1 ";
    private static readonly SyntheticModelOptions Base = new(Layers: 8, Experts: 8, ExpertsUsed: 2, Embedding: 256, Context: 4096);

    private static readonly Dictionary<string, SyntheticModelOptions> Layouts = new()
    {
        ["llama"] = Base with { FeedForward = 512 },
        ["ds2"] = Base with { FeedForward = 256, Arch = SyntheticModelOptions.Deepseek2, DenseLead = 1 },
        ["qwen"] = Base with { FeedForward = 256, Arch = SyntheticModelOptions.Qwen3Moe, KvHeads = 2 },
    };

    private static readonly Dictionary<string, string> Placements = new()
    {
        ["ncmoe"] = "-ngl 99 --n-cpu-moe 3 -ts 3,1",
        ["ngl5"] = "-ngl 5 -ts 1,1",
        ["ot"] = $@"-ngl 99 -ot blk\.[0-2]\.ffn_(gate|up|down)_exps={Second},exps=CPU",
    };

    public static TheoryData<string, string> Captures()
    {
        var data = new TheoryData<string, string>();
        foreach (var layout in Layouts.Keys)
        {
            foreach (var placement in Placements.Keys)
            {
                data.Add(layout, placement);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public async Task Predicted_buffers_match_what_the_server_reported_per_device(string layout, string placement)
    {
        var reported = LogFiles.Parse($"rpc/{layout}-{placement}.log").Startup.Buffers;
        var prediction = SyntheticLayouts.Predict(await SyntheticLayouts.OfAsync(Layouts[layout]), Common + Placements[placement]);

        var check = PlacementCheck.Compare(prediction, reported);

        Assert.False(check.Differs, string.Join("; ", check.Reasons));
        Assert.Equal(["CPU", First, Second], reported.Select(b => PlacementCheck.DeviceOf(b.Device)).Distinct().Order(StringComparer.Ordinal));
        foreach (var row in check.Rows.Where(r => r.Kind == BufferKind.Kv))
        {
            Assert.InRange(Math.Abs(row.RelativeError!.Value), 0, 0.02);
        }

        foreach (var buffer in reported.Where(b => b.Kind == BufferKind.Compute))
        {
            var compute = prediction.Find(buffer.Device)!.Compute;
            Assert.InRange(buffer.Mib, compute.Low / DeviceVerdict.BytesPerMib, compute.High / DeviceVerdict.BytesPerMib);
        }
    }

    [Fact]
    public void The_rpc_devices_buffer_lines_name_each_device_with_its_endpoint()
    {
        var buffers = LogFiles.Parse("rpc/llama-ot.log").Startup.Buffers;

        Assert.Equal(
            [
                new BufferAllocation("CPU_Mapped", BufferKind.Model, 52.33),
                new BufferAllocation(First, BufferKind.Model, 2.55),
                new BufferAllocation(Second, BufferKind.Model, 19.66),
            ],
            buffers.Where(b => b.Kind == BufferKind.Model));
    }

    [Fact]
    public void At_full_verbosity_the_fit_trials_empty_buffers_give_way_to_the_load_that_counts()
    {
        var startup = LogFiles.Parse("rpc/llama-ncmoe-v.excerpt.log").Startup;

        Assert.Equal(LogFiles.Parse("rpc/llama-ncmoe.log").Startup.Buffers, startup.Buffers);
        Assert.Equal(9, startup.GraphSplits);
    }
}
