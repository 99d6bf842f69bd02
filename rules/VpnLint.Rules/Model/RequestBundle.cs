using VpnLint.Rules.Apis;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Model;

/// <summary>
/// Requests checked together: a gateway and the servers on it, in one VPC, with their context. A lone
/// request is a bundle of one.
/// </summary>
public sealed class RequestBundle
{
    public RequestBundle(IReadOnlyList<Request> requests, CheckContext? context = null)
    {
        Requests = requests;
        Context = context ?? new CheckContext();
    }

    public IReadOnlyList<Request> Requests { get; }

    public CheckContext Context { get; }

    /// <summary>
    /// The gateway among <paramref name="requests"/> that an Alibaba server is created on: the CreateVpnGateway whose
    /// bundle label the server's VpnGatewayId names; else, when they hold exactly one CreateVpnGateway and it has no
    /// label, that one. Null for a request that is not created on a gateway, or whose gateway is not among them.
    /// </summary>
    public static Request? GatewayOf(Request server, IEnumerable<Request> requests)
    {
        if (server.Description.Cloud != Cloud.Alibaba || server.Api == ApiKind.CreateVpnGateway)
        {
            return null;
        }

        var named = ValueReader.ReadText(server.Root.Get(ParameterNames.VpnGatewayId));
        Request? lone = null;
        var count = 0;
        foreach (var gateway in requests)
        {
            if (gateway.Api != ApiKind.CreateVpnGateway)
            {
                continue;
            }

            if (named is not null && string.Equals(gateway.Label, named, StringComparison.Ordinal))
            {
                return gateway;
            }

            (lone, count) = (gateway, count + 1);
        }

        // A lone gateway with a label is named by its servers; one without takes them all.
        return count == 1 && lone!.Label is null ? lone : null;
    }
}
