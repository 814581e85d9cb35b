using BenchHarness.Scenarios;
using BenchHarness.Scenarios.Schema;

namespace BenchHarness.Tests.Scenarios;

public sealed class PlacementExpansionSpecs
{
    private static IReadOnlyList<string> ServerArgs(string args, string placement)
    {
        var file = $"""
            name: p
            server:
              engine: process
              binary: /bin/llama-server
              model: /models/m.gguf
              args: {args}
              placement:
            {placement}
            prompts: [{"{"}name: a, messages: [{"{"}role: user, content: hi{"}"}]{"}"}]
            """;
        return ScenarioLoader.Load("p.yaml", [], new InMemoryScenarioFiles(new Dictionary<string, string> { ["p.yaml"] = file }))
            .Variants.Single().Launch.ServerArgs.Skip(2).ToList(); // after the leading -m MODEL
    }

    [Fact]
    public void For_llama_cpp_the_rules_are_one_comma_separated_override_with_the_catch_all_last()
    {
        var args = ServerArgs("[-ngl, 99]", """
                devices:
                  - {device: CUDA0, layers: "3-5"}
                  - {device: CUDA1, layers: [20, "8-9"]}
                rest: CPU
            """);

        Assert.Equal(
            ["-ngl", "99", "-ot", @"blk\.(3|4|5)\.ffn_(gate|up|down)_exps=CUDA0,blk\.(8|9|20)\.ffn_(gate|up|down)_exps=CUDA1,ffn_(gate|up|down)_exps=CPU"],
            args);
    }

    [Fact]
    public void A_comma_in_the_tensor_expression_is_refused_for_llama_cpp_which_splits_there()
    {
        var error = Assert.Throws<InputException>(() => ServerArgs("[-ngl, 99]", """
                tensors: 'ffn_(up|down)_exps{1,2}'
                devices: [{device: CUDA0, layers: "1"}]
            """));

        Assert.Contains(error.Errors, e => e.Field == "server.placement.tensors" && e.Line > 0);
    }

    [Fact]
    public void For_ik_llama_cpp_each_device_gets_one_override_and_the_catch_all_comes_last()
    {
        var args = ServerArgs("[-ngl, 99]", """
                family: ik_llama.cpp
                devices:
                  - {device: CUDA0, layers: "3-5"}
                  - {device: CUDA1, layers: [20, "8-9"]}
                rest: CPU
            """);

        Assert.Equal(
            ["-ngl", "99", "-ot", @"blk\.(3|4|5)\.ffn_(gate|up|down)_exps=CUDA0", "-ot", @"blk\.(8|9|20)\.ffn_(gate|up|down)_exps=CUDA1", "-ot", "ffn_(gate|up|down)_exps=CPU"],
            args);
    }

    [Fact]
    public void Overrides_go_where_the_arguments_hold_the_placement_marker()
    {
        var args = ServerArgs("""[--cpu-moe, "${placement}", -ger]""", """
                family: ik_llama.cpp
                tensors: ffn_(up|down)_exps\.
                devices: [{device: CUDA0, layers: "1"}]
            """);

        Assert.Equal(["--cpu-moe", "-ot", @"blk\.(1)\.ffn_(up|down)_exps\.=CUDA0", "-ger"], args);
    }

    [Theory]
    [InlineData("3-14,20,30", new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 20, 30 })]
    [InlineData("7, 5-6", new[] { 5, 6, 7 })]
    [InlineData("0", new[] { 0 })]
    public void Layer_lists_read_ranges_and_single_layers_in_order(string text, int[] layers)
    {
        Assert.Equal(layers, LayerRanges.Parse([text], out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("14-3", "range '14-3' ends before it starts")]
    [InlineData("a", "'a' is not a layer number or range like 3-14")]
    [InlineData("1--2", "'1--2' is not a layer number or range like 3-14")]
    public void Layer_lists_reject_what_is_not_a_layer(string text, string message)
    {
        Assert.Null(LayerRanges.Parse([text], out var problem));
        Assert.Equal(message, problem);
    }
}
