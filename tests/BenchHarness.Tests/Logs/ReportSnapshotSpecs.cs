using BenchHarness.Logs;

namespace BenchHarness.Tests.Logs;

/// <summary>
/// A report is a snapshot: the requests it holds stay as they were while the reader goes on (a live server's log is
/// read while the harness looks at earlier reports), across the chunks the reader keeps its requests in.
/// </summary>
public sealed class ReportSnapshotSpecs
{
    private const string Prompt = "slot print_timing: id  0 | task {0} | prompt eval time =       5.84 ms /    75 tokens (    0.08 ms per token, 12842.47 tokens per second)";
    private const string Eval = "slot print_timing: id  0 | task {0} |        eval time =      10.81 ms /    40 tokens (    0.28 ms per token,  3607.77 tokens per second)";
    private const string Total = "slot print_timing: id  0 | task {0} |       total time =      16.65 ms /   115 tokens";

    [Fact]
    public void A_report_taken_before_the_total_time_line_keeps_the_request_without_it()
    {
        var reader = new LlamaLogReader();
        reader.Add(string.Format(Prompt, 7));
        reader.Add(string.Format(Eval, 7));

        var before = reader.Report;
        reader.Add(string.Format(Total, 7));

        Assert.Null(Assert.Single(before.Requests).TotalMs);
        Assert.Equal(16.65, Assert.Single(reader.Report.Requests).TotalMs);
    }

    [Fact]
    public void Thousands_of_requests_read_back_in_order_and_earlier_reports_keep_their_count()
    {
        var reader = new LlamaLogReader();
        var reports = new List<LogReport>();
        for (var task = 0; task < 3000; task++)
        {
            reader.Add(string.Format(Prompt, task));
            reader.Add(string.Format(Eval, task));
            reader.Add(string.Format(Total, task));
            if (task % 1000 == 999)
            {
                reports.Add(reader.Report);
            }
        }

        Assert.Equal([1000, 2000, 3000], reports.Select(report => report.Requests.Count));
        Assert.Equal(Enumerable.Range(0, 3000).Select(task => (long?)task), reports[^1].Requests.Select(request => request.Task));
        Assert.All(reports[^1].Requests, request => Assert.Equal(16.65, request.TotalMs));
        Assert.Equal(3 * 1024 + 1, reports[^1].Requests[1024].Line);
        Assert.Throws<ArgumentOutOfRangeException>(() => reports[0].Requests[1000]);
    }
}
