namespace VpnLint.Cli.Commands;

internal enum OutputFormat
{
    Text,
    Json,
    Sarif,
}

internal enum ExcerptMode
{
    /// <summary>Source lines with carets when standard output is a terminal.</summary>
    Auto,
    Always,
    Never,
}
