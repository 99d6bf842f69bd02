namespace VpnLint.Cli.Commands;

public enum OutputFormat
{
    Text,
    Json,
    Sarif,
}

public enum ExcerptMode
{
    /// <summary>Source lines with carets when standard output is a terminal.</summary>
    Auto,
    Always,
    Never,
}
