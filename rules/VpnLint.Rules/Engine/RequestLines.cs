using System.Globalization;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>How a message about one request names the line of another of its bundle: "15", or "15 of gw.yaml" when the other is in another file.</summary>
internal static class RequestLines
{
    public static string LineOf(Request other, Request reportedOn)
    {
        var line = other.Span.StartLine.ToString(CultureInfo.InvariantCulture);
        return other.FileName is { } file && !string.Equals(file, reportedOn.FileName, StringComparison.Ordinal) ? $"{line} of {file}" : line;
    }
}
