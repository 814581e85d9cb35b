using BenchHarness.Planning;
using BenchHarness.Running;

namespace BenchHarness.Tests.Running;

public sealed class LaunchRedactorSpecs
{
    [Fact]
    public void Api_keys_and_secret_environment_values_never_reach_the_record()
    {
        var launch = new ServerLaunch
        {
            Engine = EngineKind.Podman,
            Image = "localhost/llama:1",
            ServerArgs = ["-m", "/models/a.gguf", "--api-key", "sk-123", "--api-key=sk-456", "-c", "4096"],
            Environment = new Dictionary<string, string> { ["HF_TOKEN"] = "hf_abc", ["DB_PASSWORD"] = "pw", ["CUDA_VISIBLE_DEVICES"] = "0,1" },
            Volumes = [new VolumeMount("/data/models", "/models", "ro")],
            HostPort = 8080,
            ServerPort = 8080,
        };

        var record = LaunchRedactor.Record(launch);

        Assert.Equal(["-m", "/models/a.gguf", "--api-key", "***", "--api-key=***", "-c", "4096"], record.ServerArgs);
        Assert.Equal("***", record.Environment["HF_TOKEN"]);
        Assert.Equal("***", record.Environment["DB_PASSWORD"]);
        Assert.Equal("0,1", record.Environment["CUDA_VISIBLE_DEVICES"]);
        Assert.Equal("podman", record.Engine);
        Assert.Equal(["/data/models:/models:ro"], record.Volumes);
    }
}
