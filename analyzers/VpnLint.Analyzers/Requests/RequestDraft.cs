using Microsoft.CodeAnalysis.Text;
using VpnLint.Analyzers.Sdk;

namespace VpnLint.Analyzers.Requests;

/// <summary>What one method does to one SDK request: where it is created, what it sets, and whether the method sends it.</summary>
internal sealed class RequestDraft
{
    public RequestDraft(SdkRequestType type, TextSpan anchor, IReadOnlyList<PropertyWrite> writes, bool isWhole, bool isComplete)
    {
        Type = type;
        Anchor = anchor;
        Writes = writes;
        IsWhole = isWhole;
        IsComplete = isComplete;
    }

    public SdkRequestType Type { get; }

    /// <summary>Where the request stands: <c>new CreateSslVpnServerRequest</c>, or the first assignment when it is created elsewhere.</summary>
    public TextSpan Anchor { get; }

    public IReadOnlyList<PropertyWrite> Writes { get; }

    /// <summary>The draft is one request object created in this method (not pieces of one whose creation is elsewhere or ambiguous).</summary>
    public bool IsWhole { get; }

    /// <summary>
    /// Created here and sent to the cloud here, with nothing else able to set it in between: a parameter
    /// never set is then really missing. Otherwise every unset parameter is treated as set elsewhere.
    /// </summary>
    public bool IsComplete { get; }
}
