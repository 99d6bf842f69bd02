using VpnLint.Rules.Apis;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>
/// The requests of a bundle and which gateway each server is on (see <see cref="RequestBundle.GatewayOf"/>).
/// </summary>
internal sealed class BundleFacts
{
    private readonly List<RequestFacts> gateways = [];
    private readonly List<Request> gatewayRequests = [];

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
                gatewayRequests.Add(request);
            }
        }

        Requests = requests;
    }

    public RequestBundle Bundle { get; }

    public CheckContext Context => Bundle.Context;

    public CheckOptions Options { get; }

    public IReadOnlyList<RequestFacts> Requests { get; }

    public IReadOnlyList<RequestFacts> Gateways => gateways;

    public RequestFacts? GatewayOf(RequestFacts server) =>
        RequestBundle.GatewayOf(server.Request, gatewayRequests) is { } gateway ? gateways[gatewayRequests.IndexOf(gateway)] : null;
}
