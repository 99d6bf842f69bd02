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
        Request? request,
        bool replacesJsonStringContent = false)
    {
        Rule = rule;
        Severity = severity;
        Span = span;
        Path = PrintableText.Of(KeyMaterial.Hide(path));
        MessageArguments = PrintableText.OfEach(KeyMaterial.HideEach(messageArguments));
        Message = rule.FormatMessage(MessageArguments);
        ErrorCode = errorCode;
        Replacement = replacement;
        ReplacesJsonStringContent = replacement is not null && replacesJsonStringContent;
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

    /// <summary>
    /// True when <see cref="Span"/> is a string inside the JSON that a string parameter holds (IkeConfig
    /// given as text): the span takes in that JSON string's quotes, and <see cref="Replacement"/> is the
    /// text between them, which an edit writes there escaped as JSON.
    /// </summary>
    public bool ReplacesJsonStringContent { get; }

    public Request? Request { get; }

    /// <summary>The same finding, about another request: one judged on a copy is reported on the request it copies.</summary>
    internal Finding About(Request request) => new(Rule, Severity, Span, Path, MessageArguments, ErrorCode, Replacement, request);

    public override string ToString() => $"{Span} {RuleId}: {Message}";
}
