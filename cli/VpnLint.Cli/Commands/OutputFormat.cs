namespace VpnLint.Cli.Commands;

/// <summary>The report formats of <c>--format</c>, named as the option takes them in lower case.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Sarif,

    /// <summary>GitHub Actions workflow commands (<c>::error file=...</c>): annotations without code scanning.</summary>
    Github,

    /// <summary>GitLab Code Quality JSON, for <c>artifacts:reports:codequality</c>.</summary>
    Gitlab,

    /// <summary>JUnit XML: one test suite per file, one failed test case per finding.</summary>
    Junit,

    /// <summary>Checkstyle XML, which many CI servers and review bots read.</summary>
    Checkstyle,
}

internal enum ExcerptMode
{
    /// <summary>Source lines with carets when standard output is a terminal.</summary>
    Auto,
    Always,
    Never,
}

/// <summary><c>--color</c>: when the text report is in colour.</summary>
internal enum ColorMode
{
    /// <summary>On a terminal, unless NO_COLOR is set; also in a pipe when FORCE_COLOR is set (a CI log that shows colours).</summary>
    Auto,
    Always,
    Never,
}

/// <summary><c>vpnlint rules --format</c>.</summary>
internal enum CatalogFormat
{
    Text,
    Json,
}
