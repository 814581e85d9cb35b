using System.Net;

namespace BenchHarness.Reports;

/// <summary>Every text taken from run data goes through here: names, arguments and errors can hold markup.</summary>
internal static class Html
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
