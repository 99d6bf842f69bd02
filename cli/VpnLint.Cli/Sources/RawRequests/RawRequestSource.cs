using VpnLint.Cli.Parsing;
using VpnLint.Cli.Requests;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Sources.RawRequests;

/// <summary>
/// Raw API requests, written in the API's own names. Finds the requests in a parsed file: a lone request (Alibaba parameters with <c>Action</c>, or a Huawei
/// <c>vpn_server</c> body with its path and header parameters beside it), a bundle (<c>requests:</c> and
/// <c>context:</c>), or a YAML stream of request documents, with optional <c>context:</c> documents.
/// Everything in one file is one bundle. A bundle whose structure names no request to check (<c>requests:</c>
/// not a list, or empty; a key other than <c>requests:</c> and <c>context:</c>) is VPN002 at that key: like an
/// object without <c>Action</c>, it is how the file names its requests that went wrong.
/// </summary>
internal sealed class RawRequestSource : IRequestSource
{
    public static RawRequestSource Instance { get; } = new();

    private RawRequestSource()
    {
    }

    public InputFormat Format => InputFormat.Requests;

    public bool JoinsFolderBundle => true;

    /// <summary>Any file: what no other source claims is read as requests, and VPN002 says so when it holds none.</summary>
    public bool Claims(ParsedDocument document) => true;

    /// <remarks>A file named on the command line is judged whole: an object that names no API is VPN002 even when it does not look like a request.</remarks>
    public FileRequests Read(ParsedDocument document, string displayPath, bool judgeEverything)
    {
        var result = new FileRequests();
        var contextSource = $"the context of {displayPath}";
        foreach (var root in document.Documents)
        {
            switch (root)
            {
                case ObjectValue bundle when IsBundle(bundle):
                    ReadBundle(bundle, result, contextSource, displayPath);
                    break;
                case ObjectValue contextOnly when contextOnly.Members.Count == 1 && contextOnly.Members[0].Name == EnvelopeKeys.BundleContext:
                    result.Context = ContextReader.Read(contextOnly.Members[0].Value, contextSource, displayPath, result.Errors).Over(result.Context);
                    result.HoldsRequests = true;
                    break;
                case ObjectValue candidate:
                    AddCandidate(candidate, result, judgeEverything, displayPath);
                    break;
                case NullValue:
                    break;
                default:
                    if (judgeEverything)
                    {
                        result.Findings.Add(UndeterminedApi.Report(root.Span, $"the document is {(root is ArrayValue ? "a list" : "a single value")}, not a request; write the request's parameters as a mapping, or list requests under requests:"));
                    }

                    break;
            }
        }

        if (!result.HoldsRequests && result.Findings.Count == 0 && !document.Documents.Any(root => root is ObjectValue or ArrayValue))
        {
            // Empty, only comments, or only empty documents: nothing to skip quietly, it is a request file gone wrong.
            result.Findings.Add(UndeterminedApi.Report(document.Source.Span(0, 0), "the file holds no request (it is empty or only comments); write a request, or remove the file"));
        }

        result.HoldsRequests |= result.Requests.Count > 0 || result.Findings.Count > 0;
        return result;
    }

    private static bool IsBundle(ObjectValue root) =>
        root.Find(EnvelopeKeys.BundleRequests) is not null && UndeterminedApi.Identify(root).Outcome != ApiIdentificationOutcome.Identified;

    private static void ReadBundle(ObjectValue bundle, FileRequests result, string contextSource, string displayPath)
    {
        result.HoldsRequests = true;
        foreach (var member in bundle.Members)
        {
            switch (member.Name)
            {
                case EnvelopeKeys.BundleRequests when member.Value is ArrayValue { Items.Count: 0 }:
                    result.Findings.Add(UndeterminedApi.Report(member.Value.Span, "requests: lists no request; list the bundle's requests under it, or remove the file"));
                    break;
                case EnvelopeKeys.BundleRequests when member.Value is ArrayValue requests:
                    foreach (var item in requests.Items)
                    {
                        if (item is ObjectValue request)
                        {
                            AddCandidate(request, result, judgeEverything: true, displayPath);
                        }
                        else
                        {
                            result.Findings.Add(UndeterminedApi.Report(item.Span, "an item of requests: is not a request; each item is a mapping of a request's parameters"));
                        }
                    }

                    break;
                case EnvelopeKeys.BundleRequests:
                    result.Findings.Add(UndeterminedApi.Report(member.Value.Span, "requests: must be a list of requests, each a mapping of a request's parameters"));
                    break;
                case EnvelopeKeys.BundleContext:
                    result.Context = ContextReader.Read(member.Value, contextSource, displayPath, result.Errors).Over(result.Context);
                    break;
                case EnvelopeKeys.Schema:
                    break;
                default:
                    var meant = NameSuggestion.Closest(member.Name, [EnvelopeKeys.BundleRequests, EnvelopeKeys.BundleContext]);
                    result.Findings.Add(UndeterminedApi.Report(member.NameSpan, $"a bundle has no key {member.Name}{(meant is null ? string.Empty : $" (did you mean {meant}?)")}; it takes requests: and context:"));
                    break;
            }
        }
    }

    private static void AddCandidate(ObjectValue candidate, FileRequests result, bool judgeEverything, string displayPath)
    {
        var (root, label, disabled) = WithoutEnvelope(candidate);
        var identification = UndeterminedApi.Identify(root);
        switch (identification.Outcome)
        {
            case ApiIdentificationOutcome.Identified:
                result.Requests.Add(new Request(identification.Api!.Value, root, label, fileName: displayPath));
                if (disabled.Count > 0)
                {
                    result.DisabledRules.Add((candidate.Span, disabled));
                }

                break;
            case ApiIdentificationOutcome.Undetermined:
                result.Findings.Add(identification.Finding!);
                break;
            default:
                if (judgeEverything)
                {
                    result.Findings.Add(identification.Finding!);
                }

                break;
        }
    }

    /// <summary>The request without the keys that are VpnLint's or an editor's, and what those keys said.</summary>
    private static (ObjectValue Root, string? Label, IReadOnlyList<string> Disabled) WithoutEnvelope(ObjectValue candidate)
    {
        if (!candidate.Members.Any(member => EnvelopeKeys.IsEnvelope(member.Name)))
        {
            return (candidate, null, []);
        }

        var label = (candidate.Get(EnvelopeKeys.Label) as StringValue)?.Text;
        var disabled = EnvelopeKeys.DisabledRules(candidate.Get(EnvelopeKeys.Disable));
        var members = candidate.Members.Where(member => !EnvelopeKeys.IsEnvelope(member.Name)).ToList();
        return (new ObjectValue(members, candidate.Span), label, disabled);
    }
}
