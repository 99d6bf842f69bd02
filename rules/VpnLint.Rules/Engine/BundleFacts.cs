using VpnLint.Rules.Apis;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>
/// The requests of a bundle and which gateway each server is on. A server belongs to the bundle's
/// gateway when the bundle holds exactly one CreateVpnGateway; with several, a server belongs to the
/// gateway whose bundle label its VpnGatewayId names. Otherwise its gateway is not in the bundle.
/// </summary>
internal sealed class BundleFacts
{
    private readonly List<RequestFacts> gateways = [];

    public BundleFacts(RequestBundle bundle, CheckOptions options)
    {
        Bundle = bundle;
        Options = options;
        var requests = new List<RequestFacts>(bundle.Requests.Count);
        foreach (var request in bundle.Requests)
        {
            var facts = new RequestFacts(request);
            requests.Add(facts);
            if (request.Api == ApiKind.CreateVpnGateway)
            {
                gateways.Add(facts);
            }
        }

        Requests = requests;
    }

    public RequestBundle Bundle { get; }

    public CheckContext Context => Bundle.Context;

    public CheckOptions Options { get; }

    public IReadOnlyList<RequestFacts> Requests { get; }

    public IReadOnlyList<RequestFacts> Gateways => gateways;

    public RequestFacts? GatewayOf(RequestFacts server)
    {
        if (server.Request.Description.Cloud != Cloud.Alibaba || server.Api == ApiKind.CreateVpnGateway)
        {
            return null;
        }

        if (gateways.Count == 1)
        {
            return gateways[0];
        }

        var named = ValueReader.ReadText(server.Get(ParameterNames.VpnGatewayId));
        if (named is null)
        {
            return null;
        }

        foreach (var gateway in gateways)
        {
            if (string.Equals(gateway.Request.Label, named, StringComparison.Ordinal))
            {
                return gateway;
            }
        }

        return null;
    }
}
