using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Rules;

/// <summary>A broken rule: where, how serious, what the message says, and what the cloud would answer.</summary>
public sealed class Finding
{
    internal Finding(
        RuleDescriptor rule,
        Severity severity,
        SourceSpan span,
        string path,
        IReadOnlyList<string> messageArguments,
        string? errorCode,
        string? replacement,
        Request? request)
    {
        Rule = rule;
        Severity = severity;
        Span = span;
        Path = PrintableText.Of(KeyMaterial.Hide(path));
        MessageArguments = PrintableText.OfEach(KeyMaterial.HideEach(messageArguments));
        Message = rule.FormatMessage(MessageArguments);
        ErrorCode = errorCode;
        Replacement = replacement;
        Request = request;
    }

    public RuleDescriptor Rule { get; }

    public string RuleId => Rule.Id;

    /// <summary>The rule's default severity, unless the check lowered it (a value the API converts, an unknown limit).</summary>
    public Severity Severity { get; }

    /// <summary>The offending value; the item inside a comma-separated list; the enclosing object for a missing parameter.</summary>
    public SourceSpan Span { get; }

    /// <summary>
    /// The parameter the finding is about, as a path that does not move when lines do
    /// (<c>vpn_server.local_subnets[1]</c>, <c>LocalSubnet[0]</c>, <c>IkeConfig.IkeLifetime</c>), with control
    /// characters in a key escaped as in <see cref="Message"/>.
    /// </summary>
    public string Path { get; }

    /// <summary>The arguments of the rule's message format; never a secret; control characters escaped, as in <see cref="Message"/>.</summary>
    public IReadOnlyList<string> MessageArguments { get; }

    public string Message { get; }

    /// <summary>The error code the cloud returns for this request, when the page names one.</summary>
    public string? ErrorCode { get; }

    /// <summary>The value that fixes the finding, to put in place of the text at <see cref="Span"/>.</summary>
    public string? Replacement { get; }

    public Request? Request { get; }

    public override string ToString() => $"{Span} {RuleId}: {Message}";
}
