using VpnLint.Rules.Model;

namespace VpnLint.Cli.Tests.Support;

internal static class Spans
{
    /// <summary>A span as (start line, start column, end line, end column), to compare in one assertion.</summary>
    public static (int, int, int, int) Position(SourceSpan span) => (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn);
}
