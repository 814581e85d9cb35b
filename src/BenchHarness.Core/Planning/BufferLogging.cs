namespace BenchHarness.Planning;

/// <summary>
/// Pinned llama.cpp prints its buffer sizes (model, KV, compute per device) and graph splits at trace verbosity
/// (4) only. The harness asks for that level through the server's own variable, <c>LLAMA_ARG_LOG_VERBOSITY</c>,
/// so the argument list stays the user's; a verbosity in the arguments or the environment wins. Trace adds about
/// twenty lines around each request (slot selection, prompt cache) and none per token, written by the log's own
/// thread: the prompt and decode the server times are the same work.
/// </summary>
public static class BufferLogging
{
    public const string VerbosityVariable = "LLAMA_ARG_LOG_VERBOSITY";
    public const string Trace = "4";

    private static readonly string[] VerbosityFlags = ["-lv", "--verbosity", "--log-verbosity", "-v", "--verbose", "--log-verbose", "--log-disable"];

    public static ServerLaunch Enable(ServerLaunch launch) =>
        launch.Environment.ContainsKey(VerbosityVariable) || launch.ServerArgs.Any(VerbosityFlags.Contains)
            ? launch
            : launch with { Environment = new Dictionary<string, string>(launch.Environment) { [VerbosityVariable] = Trace } };
}
