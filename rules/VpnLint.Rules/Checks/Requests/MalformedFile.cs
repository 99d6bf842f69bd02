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
        new(RuleCatalog.Get(RuleIds.MalformedFile), Severity.Error, span, string.Empty, [format, parserMessage], null, null, null);
}
