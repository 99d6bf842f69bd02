using VpnLint.Cli.Checking;
using VpnLint.Cli.Sources;
using VpnLint.Rules;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Requests;

/// <summary>The requests of one file, checked together as one bundle, with what the file itself says about them.</summary>
internal sealed class FileRequests
{
    // Only requests a source built from something other than an API request are here; the rest are named as the API names them.
    private Dictionary<Request, RequestOrigin>? origins;

    public List<Request> Requests { get; } = [];

    /// <summary>VPN001 and VPN002 for what names no request VpnLint checks, and for a file that holds no request.</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>The file's own <c>context:</c>, from a bundle or a context document of a stream.</summary>
    public FileContext Context { get; set; } = FileContext.Empty;

    /// <summary>Located problems with the context: errors of the run, not findings.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The rules a request's <c>x-vpnlint-disable</c> turns off, over that request's span.</summary>
    public List<(SourceSpan Span, IReadOnlyList<string> RuleIds)> DisabledRules { get; } = [];

    /// <summary>Spans whose text is secret beyond what key names say (values a Terraform plan marks sensitive).</summary>
    public List<SourceSpan> Secrets { get; } = [];

    /// <summary>Resources of types VpnLint does not check, in a plan or template: not judged, but counted in the summary.</summary>
    public int UncheckedResources { get; set; }

    /// <summary>False for a file found in a folder that holds nothing of a VPN request (a package.json, a CI workflow).</summary>
    public bool HoldsRequests { get; set; }

    /// <summary>Adds a request that a source built, with how its findings are named.</summary>
    public void Add(Request request, RequestOrigin origin)
    {
        Requests.Add(request);
        (origins ??= new Dictionary<Request, RequestOrigin>(ReferenceEqualityComparer.Instance)).Add(request, origin);
    }

    /// <summary>The finding in the words of the request's source; null for a finding on a request that is there only as context.</summary>
    public ReportedFinding? Word(InputFile file, Finding finding)
    {
        if (origins is null || finding.Request is not { } request || !origins.TryGetValue(request, out var origin))
        {
            return ApiVocabulary.Instance.Word(file, finding);
        }

        return origin.ContextOnly ? null : origin.Vocabulary.Word(file, finding);
    }
}
