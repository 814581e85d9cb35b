using BenchHarness.Builds;

namespace BenchHarness.Tests.Builds;

public sealed class BuildSourceSpecs
{
    [Fact]
    public void Npm_source_names_the_package_version()
    {
        Assert.Equal(new BuildSource(BuildSourceKind.Npm, "node-llama-cpp", "3.22.0"), BuildSource.Parse("npm:node-llama-cpp@3.22.0"));
    }

    [Fact]
    public void Git_source_splits_at_the_last_at_sign_so_paths_may_contain_one()
    {
        Assert.Equal(new BuildSource(BuildSourceKind.Git, "/src/a@b/llama.cpp", "de3ff81"), BuildSource.Parse("git:/src/a@b/llama.cpp@de3ff81"));
        Assert.Equal("git:/src/ik_llama.cpp@main", BuildSource.Parse("git:/src/ik_llama.cpp@main").ToString());
    }

    [Theory]
    [InlineData("npm:node-llama-cpp")]
    [InlineData("npm:left-pad@1.0.0")]
    [InlineData("git:/src/llama.cpp")]
    [InlineData("git:/src/llama.cpp@--upload-pack=evil")]
    [InlineData("/src/llama.cpp@de3ff81")]
    public void Malformed_sources_are_rejected(string text)
    {
        Assert.Throws<ArgumentException>(() => BuildSource.Parse(text));
    }

    [Fact]
    public void Every_recipe_builds_the_test_targets_statically_with_rpc_and_user_arguments_last()
    {
        var recipe = new BuildRecipe(BuildRecipe.ParseBackend("CUDA"), ["-DCMAKE_CUDA_ARCHITECTURES=89"]);

        Assert.Equal(["llama-server", "ggml-rpc-server", "llama-bench"], BuildRecipe.Targets);
        Assert.Contains("-DBUILD_SHARED_LIBS=OFF", recipe.CmakeArgs);
        Assert.Contains("-DGGML_RPC=ON", recipe.CmakeArgs);
        Assert.Contains("-DGGML_CUDA=ON", recipe.CmakeArgs);
        Assert.Equal("-DCMAKE_CUDA_ARCHITECTURES=89", recipe.CmakeArgs[^1]);
        Assert.False(recipe.IsDefault);
        Assert.True(new BuildRecipe(BuildBackend.Cpu, []).IsDefault);
        Assert.NotEqual(recipe.OptionsKey, new BuildRecipe(BuildBackend.Cuda, []).OptionsKey);
    }

    [Fact]
    public void An_unknown_backend_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => BuildRecipe.ParseBackend("metal"));
    }
}
