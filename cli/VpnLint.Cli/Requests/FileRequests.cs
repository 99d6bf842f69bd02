using VpnLint.Rules;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Requests;

/// <summary>The requests of one file, checked together as one bundle, with what the file itself says about them.</summary>
internal sealed class FileRequests
{
    public List<Request> Requests { get; } = [];

    /// <summary>VPN002 for the objects that name no API VpnLint checks, and for a file that holds no request.</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>The file's own <c>context:</c>, from a bundle or a context document of a stream.</summary>
    public FileContext Context { get; set; } = FileContext.Empty;

    /// <summary>Located problems with the context: errors of the run, not findings.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The rules a request's <c>x-vpnlint-disable</c> turns off, over that request's span.</summary>
    public List<(SourceSpan Span, IReadOnlyList<string> RuleIds)> DisabledRules { get; } = [];

    /// <summary>False for a file found in a folder that holds nothing of a VPN request (a package.json, a CI workflow).</summary>
    public bool HoldsRequests { get; set; }
}
