using VpnLint.Cli.Checking;

namespace VpnLint.Cli.Output;

/// <summary>
/// One report format (<c>--format</c>): a run's findings and summary, written for people (text), programs (JSON),
/// code scanning (SARIF) or a CI system's own view (GitHub workflow commands, GitLab Code Quality, JUnit, Checkstyle).
/// No writer shows source text except the text writer's excerpts, which mask every secret.
/// </summary>
internal interface IReportWriter
{
    void Write(RunResult run, ReportOptions options, TextWriter output);
}
