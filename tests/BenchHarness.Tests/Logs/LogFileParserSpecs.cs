using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// A log file read in rented blocks (<see cref="LogFileParser"/>) reports what its lines read one by one report, also
/// where a line is longer than a block and where the file is parsed again with the same rented block.
/// </summary>
public sealed class LogFileParserSpecs : IDisposable
{
    private const string Prompt = "prompt eval time =  5.84 ms /  75 tokens (0.08 ms per token, 12842.47 tokens per second)";
    private const string Eval = "       eval time =  10.81 ms /  40 tokens (0.28 ms per token, 3607.77 tokens per second)";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"log-file-parser-{Guid.NewGuid():N}.log");

    public static TheoryData<string> Logs() => [.. LogFiles.Names()];

    [Theory]
    [MemberData(nameof(Logs))]
    public void A_captured_log_reports_what_its_lines_read_one_by_one_report(string log)
    {
        var first = LogFileParser.Parse(LogFiles.PathOf(log), CancellationToken.None);
        var again = LogFileParser.Parse(LogFiles.PathOf(log), CancellationToken.None);

        Assert.Equal(LogFiles.Json(LogFiles.Parse(log)), LogFiles.Json(first));
        Assert.Equal(LogFiles.Json(first), LogFiles.Json(again));
    }

    [Fact]
    public void Lines_longer_than_a_block_are_read_whole()
    {
        var padding = new string(' ', 3_000_000);
        File.WriteAllText(_path, $"srv  noise: {new string('x', 2_500_000)}\n{Prompt}{padding}\n{Eval}{padding}\n{Prompt}\n{Eval}");

        var requests = LogFileParser.Parse(_path, CancellationToken.None).Requests;

        Assert.Equal([2, 4], requests.Select(request => request.Line));
        Assert.All(requests, request => Assert.Equal((75L, 5.84, 40L, 10.81), (request.PromptTokens!.Value, request.PromptMs!.Value, request.GeneratedTokens!.Value, request.GenerationMs!.Value)));
    }

    public void Dispose() => File.Delete(_path);
}
