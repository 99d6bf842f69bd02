using System.Globalization;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>
/// VPN001: the file cannot be parsed. Only a front end's parser can see this, so the front end reports
/// it through here, which keeps the message and severity with the rule.
/// </summary>
public static class MalformedFile
{
    /// <param name="format">The language the file was read as: JSON or YAML.</param>
    /// <param name="parserMessage">What the parser says is wrong, without the file's content.</param>
    /// <param name="span">Where the parser stopped.</param>
    public static Finding Report(string format, string parserMessage, SourceSpan span) =>
        Finding($"{format} syntax error: {parserMessage}; fix the file here", span);

    /// <summary>A file too large to read: nothing is wrong with its syntax, so the message says what to raise.</summary>
    /// <param name="size">The file's size in bytes; null for standard input, which is read only up to the limit.</param>
    /// <param name="limit">The largest size read, in bytes.</param>
    /// <param name="span">The file's start.</param>
    public static Finding TooLarge(long? size, long limit, SourceSpan span)
    {
        var what = size is { } bytes
            ? string.Format(CultureInfo.InvariantCulture, "the file is larger than the size limit ({0:N0} bytes > {1:N0} bytes)", bytes, limit)
            : string.Format(CultureInfo.InvariantCulture, "the input is larger than the size limit (more than {0:N0} bytes)", limit);
        return Finding($"{what}, so it was not read; raise the limit with --max-file-size <bytes> or maxFileSize in vpnlint.yaml", span);
    }

    private static Finding Finding(string message, SourceSpan span) =>
        new(RuleCatalog.Get(RuleIds.MalformedFile), Severity.Error, span, string.Empty, [message], null, null, null);
}
