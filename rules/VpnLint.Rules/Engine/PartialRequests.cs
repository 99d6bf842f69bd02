using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>
/// Requests a front end sees only part of (<see cref="Request.IsPartial"/>). Whether a parameter such a
/// request leaves out is really absent is not known, so a finding is reported only when it holds both
/// ways: with the parameter left out, and with it set to a value not known. Unknown values are never
/// judged, so these two cases stand for every value the parameter may have: neither "EnableSsl is not
/// set" nor "IDaaSRegionId is set" is claimed of code the front end does not see.
/// </summary>
internal static class PartialRequests
{
    public static bool Any(RequestBundle bundle)
    {
        foreach (var request in bundle.Requests)
        {
            if (request.IsPartial)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bundle with every top-level parameter of the page that a partial request leaves out set to a value not known.</summary>
    public static RequestBundle WithUnsetParametersSet(RequestBundle bundle)
    {
        var requests = new List<Request>(bundle.Requests.Count);
        foreach (var request in bundle.Requests)
        {
            requests.Add(request.IsPartial ? WithUnsetParametersSet(request) : request);
        }

        return new RequestBundle(requests, bundle.Context);
    }

    /// <summary>The findings of <paramref name="leftOut"/> that <paramref name="setElsewhere"/> has too, at the same place and path.</summary>
    public static IReadOnlyList<Finding> HoldingWhateverIsSetElsewhere(IReadOnlyList<Finding> leftOut, IReadOnlyList<Finding> setElsewhere)
    {
        var holding = new List<Finding>(leftOut.Count);
        foreach (var finding in leftOut)
        {
            foreach (var other in setElsewhere)
            {
                if (other.RuleId == finding.RuleId && other.Span == finding.Span && other.Path == finding.Path)
                {
                    holding.Add(finding);
                    break;
                }
            }
        }

        return holding;
    }

    private static Request WithUnsetParametersSet(Request request)
    {
        var root = request.Root;
        var members = new List<RequestMember>(root.Members);
        foreach (var definition in ParameterCatalog.For(request.Api))
        {
            if (definition.Origin != ParameterOrigin.Envelope && root.Find(definition.Name) is null)
            {
                members.Add(new RequestMember(definition.Name, root.Span, new UnknownValue(root.Span)));
            }
        }

        return new Request(request.Api, new ObjectValue(members, root.Span), request.Label, isPartial: true, request.FileName);
    }
}
