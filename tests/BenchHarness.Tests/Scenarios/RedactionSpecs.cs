using BenchHarness.Planning;

namespace BenchHarness.Tests.Scenarios;

public sealed class RedactionSpecs
{
    [Fact]
    public void Environment_values_with_secret_looking_names_are_masked()
    {
        var redacted = Redaction.Environment(new Dictionary<string, string>
        {
            ["HF_TOKEN"] = "hf_abc",
            ["OPENAI_API_KEY"] = "sk-1",
            ["db_password"] = "p",
            ["CUDA_VISIBLE_DEVICES"] = "0,1",
        });

        Assert.Equal(Redaction.Mask, redacted["HF_TOKEN"]);
        Assert.Equal(Redaction.Mask, redacted["OPENAI_API_KEY"]);
        Assert.Equal(Redaction.Mask, redacted["db_password"]);
        Assert.Equal("0,1", redacted["CUDA_VISIBLE_DEVICES"]);
    }

    [Fact]
    public void Api_key_values_are_masked_but_tensor_overrides_that_mention_tokens_are_not()
    {
        var redacted = Redaction.Arguments(["--api-key", "s3cret", "--api-key-file", "/run/key", "--api-key=inline", "-ot", "token_embd=CPU", "-e", "HF_TOKEN=x"]);

        Assert.Equal(["--api-key", Redaction.Mask, "--api-key-file", Redaction.Mask, $"--api-key={Redaction.Mask}", "-ot", "token_embd=CPU", "-e", $"HF_TOKEN={Redaction.Mask}"], redacted);
    }

    [Fact]
    public void The_displayed_container_command_carries_no_secret()
    {
        var launch = new ServerLaunch
        {
            Engine = EngineKind.Docker,
            Image = "img",
            ServerArgs = ["--api-key", "s3cret"],
            Environment = new Dictionary<string, string> { ["HF_TOKEN"] = "hf_abc" },
            HostPort = 8081,
            ServerPort = 8080,
        };

        var line = LaunchCommandLine.Display(launch);

        Assert.DoesNotContain("s3cret", line);
        Assert.DoesNotContain("hf_abc", line);
        Assert.StartsWith("docker run --rm -p 8081:8080 -e 'HF_TOKEN=<redacted>' img --api-key '<redacted>'", line);
    }
}
