using VpnLint.Rules.Apis;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>
/// The requests of a bundle and which gateway each server is on: the gateway whose bundle label the
/// server's VpnGatewayId names; else, when the bundle holds exactly one CreateVpnGateway and it has no
/// label, that one. Otherwise the server's gateway is not in the bundle.
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

        var named = ValueReader.ReadText(server.Get(ParameterNames.VpnGatewayId));
        foreach (var gateway in gateways)
        {
            if (named is not null && string.Equals(gateway.Request.Label, named, StringComparison.Ordinal))
            {
                return gateway;
            }
        }

        // A lone gateway with a label is named by its servers; one without takes them all.
        return gateways.Count == 1 && gateways[0].Request.Label is null ? gateways[0] : null;
    }
}
