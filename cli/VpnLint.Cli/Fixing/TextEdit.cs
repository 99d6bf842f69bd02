using VpnLint.Cli.Checking;

namespace VpnLint.Cli.Fixing;

/// <summary>One fix: the characters <c>[Start, End)</c> of the file's text become <see cref="NewText"/>, for a finding.</summary>
internal sealed record TextEdit(int Start, int End, string NewText, ReportedFinding Finding);
