using VpnLint.Cli.Checking;

namespace VpnLint.Cli.Fixing;

/// <summary>A file <c>--fix</c> changed (or, with <c>--dry-run</c>, would change): its text before and after, and how many findings that fixes.</summary>
internal sealed record FixedFile(InputFile File, string OldText, string NewText, byte[] NewContent, int Fixed);
