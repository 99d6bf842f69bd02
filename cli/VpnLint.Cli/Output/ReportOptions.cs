namespace VpnLint.Cli.Output;

/// <summary>How a report is written, beside the run it reports.</summary>
internal sealed record ReportOptions(string WorkingDirectory)
{
    /// <summary>Each finding's source line with a caret under it (text only).</summary>
    public bool Excerpts { get; init; }

    /// <summary>ANSI colours for a terminal (text only; never in a file or a pipe unless forced).</summary>
    public bool Color { get; init; }

    /// <summary><c>--quiet</c>: the findings only, without the summary line.</summary>
    public bool Quiet { get; init; }
}
