using System.Text.Json;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Plans;

/// <summary>The <c>bench plan --json</c> document (snake_case via <see cref="JsonDefaults"/>); secrets are masked.</summary>
internal static class PlanJson
{
    public static string Serialize(ScenarioPlan plan) => JsonSerializer.Serialize(ToDocument(plan), JsonDefaults.Options);

    public static object ToDocument(ScenarioPlan plan) => new
    {
        plan.Name,
        Source = plan.SourcePath,
        plan.ContentHash,
        plan.Warnings,
        RunTimeLimitSeconds = plan.RunLimit(plan.Variants).TotalSeconds,
        Variants = plan.Variants.Select(v => new
        {
            v.Name,
            v.Description,
            Engine = v.Launch.Engine,
            v.Launch.Image,
            v.Launch.Binary,
            ServerArgs = Redaction.Arguments(v.Launch.ServerArgs),
            v.Launch.Devices,
            Volumes = v.Launch.Volumes.Select(m => m.ToString()),
            Env = Redaction.Environment(v.Launch.Environment),
            v.Launch.CapAdd,
            v.Launch.ShmSize,
            v.Launch.Memory,
            v.Launch.HostPort,
            v.Launch.ServerPort,
            Network = v.Launch.HostNetwork || v.Launch.Engine is EngineKind.Process ? "host" : "bridge",
            StartupTimeoutSeconds = v.Launch.StartupTimeout.TotalSeconds,
            TimeLimitSeconds = plan.VariantLimit(v).TotalSeconds,
            CommandLine = Redaction.Arguments(LaunchCommandLine.For(v.Launch)),
            Layout = v.Layout is { } l ? new { l.Layout, l.Role, l.UnderLoad, LoadPrompt = l.Load.Prompt, LoadConcurrency = l.Load.Concurrency } : null,
        }),
        Cases = plan.Cases.Select(c => new
        {
            c.Variant,
            c.Prompt,
            c.Thinking,
            c.Depth,
            c.Concurrency,
            c.Repeat,
            c.Warmup,
            c.Stream,
            TimeLimitSeconds = c.TimeLimit.TotalSeconds,
            Request = c.RequestBody,
        }),
    };
}
