using BenchHarness.Reports.Sections;

namespace BenchHarness.Reports;

/// <summary>Makes the report of a selection: the facts of its runs, then each section that has something to show.</summary>
public static class ReportBuilder
{
    public static Report Build(ReportInput input)
    {
        var cases = CaseFigures.Of(input.Runs);
        ReportSection?[] sections =
        [
            ComparisonSection.Of(input),
            CasesSection.Of(cases),
            ThinkingSection.Of(cases),
            CurvesSection.Of(cases),
            HistorySection.Of(input.Histories),
            StartupSection.Of(input.Runs),
            SamplesSection.Of(input.Runs),
        ];
        return new Report(input.Title, RunFacts.Of(input.Runs), sections.OfType<ReportSection>().ToList());
    }
}
