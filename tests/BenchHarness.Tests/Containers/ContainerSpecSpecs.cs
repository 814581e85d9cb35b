using System.Text.Json;
using BenchHarness.Planning;
using BenchHarness.Servers;
using BenchHarness.Servers.Containers;
using BenchHarness.Servers.Ownership;

namespace BenchHarness.Tests.Containers;

public sealed class ContainerSpecSpecs
{
    [Fact]
    public void The_create_body_carries_args_mounts_devices_port_and_harness_labels()
    {
        var launch = new ServerLaunch
        {
            Engine = EngineKind.Podman,
            Image = "localhost/ik-llama:cu12",
            ServerArgs = ["-m", "/models/glm.gguf", "--host", "0.0.0.0", "--port", "8080"],
            Environment = new Dictionary<string, string> { ["CUDA_VISIBLE_DEVICES"] = "0,1" },
            Devices = ["nvidia.com/gpu=all"],
            Volumes = [new VolumeMount("/srv/models", "/models", "ro,Z")],
            CapAdd = ["SYS_NICE"],
            ShmSize = "16g",
            Memory = "512m",
            HostPort = 9000,
            ServerPort = 8080,
        };

        var owner = new ServerOwner("20261122-031500-x-ab12", new ProcessIdentity(4242, 987654));
        var body = JsonSerializer.SerializeToElement(ContainerSpec.Create(new ServerStart("tail-10", owner.RunId, launch, null!), "bench-x", owner));

        Assert.Equal("localhost/ik-llama:cu12", body.GetProperty("Image").GetString());
        Assert.Equal(launch.ServerArgs, body.GetProperty("Cmd").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("CUDA_VISIBLE_DEVICES=0,1", body.GetProperty("Env")[0].GetString());
        Assert.Equal("1", body.GetProperty("Labels").GetProperty("benchharness").GetString());
        Assert.Equal("20261122-031500-x-ab12", body.GetProperty("Labels").GetProperty("benchharness.run").GetString());
        Assert.Equal("4242", body.GetProperty("Labels").GetProperty("benchharness.owner.pid").GetString());
        Assert.Equal(owner, ContainerLabels.OwnerOf(ContainerLabels.For("tail-10", owner)));
        var host = body.GetProperty("HostConfig");
        Assert.Equal("/srv/models:/models:ro,Z", host.GetProperty("Binds")[0].GetString());
        Assert.Equal(16L << 30, host.GetProperty("ShmSize").GetInt64());
        Assert.Equal(512L << 20, host.GetProperty("Memory").GetInt64());
        Assert.Equal("9000", host.GetProperty("PortBindings").GetProperty("8080/tcp")[0].GetProperty("HostPort").GetString());
        var gpus = host.GetProperty("DeviceRequests")[0];
        Assert.Equal("cdi", gpus.GetProperty("Driver").GetString());
        Assert.Equal("nvidia.com/gpu=all", gpus.GetProperty("DeviceIDs")[0].GetString());
    }

    [Fact]
    public void Gpu_indices_and_all_become_nvidia_device_requests()
    {
        var indices = JsonSerializer.SerializeToElement(ContainerSpec.DeviceRequests(["0", "1"]));
        var all = JsonSerializer.SerializeToElement(ContainerSpec.DeviceRequests(["all"]));

        Assert.Equal("nvidia", indices[0].GetProperty("Driver").GetString());
        Assert.Equal(["0", "1"], indices[0].GetProperty("DeviceIDs").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(-1, all[0].GetProperty("Count").GetInt32());
        Assert.Null(ContainerSpec.DeviceRequests([]));
    }

    [Theory]
    [InlineData("16g", 17179869184L)]
    [InlineData("512m", 536870912L)]
    [InlineData("64kb", 65536L)]
    [InlineData("1000", 1000L)]
    public void Shm_sizes_are_read_like_the_engines_cli(string text, long bytes)
    {
        Assert.Equal(bytes, ContainerSpec.ParseSize(text));
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("g")]
    [InlineData("99999999999999999999g")]
    public void A_size_that_is_no_size_is_refused_with_the_value(string text)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ContainerSpec.ParseSize(text));

        Assert.Contains(text, error.Message);
    }
}
