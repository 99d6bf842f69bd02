using VpnLint.Cli.Sources.Terraform.Mapping;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Sources.Terraform;

/// <summary>
/// Which gateway of the plan a server is on: the one whose known ID its vpn_gateway_id holds, or the one its
/// configuration's expression refers to: alicloud_vpn_gateway.office.id, through module variables and outputs too. The
/// server's VpnGatewayId then holds the gateway's address, its label in the bundle. A reference to a resource
/// of several instances without a key (count.index) is not followed: the instance is not guessed.
/// </summary>
internal sealed class GatewayLinks
{
    // Module variables refer to their callers' expressions and outputs to their modules', which may do so again; real configurations nest a few levels.
    private const int MaximumModuleDepth = 16;

    private readonly IReadOnlyList<PlanResource> gateways;
    private readonly PlanConfiguration configuration;

    public GatewayLinks(IEnumerable<PlanResource> resources, PlanConfiguration configuration)
    {
        gateways = resources.Where(resource => resource.Type == ProviderResources.AlicloudVpnGateway.Type).ToList();
        this.configuration = configuration;
    }

    public RequestValue Link(PlanResource server, PlanValue attribute, RequestValue sent)
    {
        var gateway = sent switch
        {
            StringValue id => gateways.FirstOrDefault(gateway => gateway.Values.Attribute("id").Value is StringValue known && known.Text == id.Text),
            UnknownValue => Resolve(server.ModuleAddress, attribute.References, 0),
            _ => null,
        };
        return gateway is null ? sent : new StringValue(gateway.Address, sent.Span);
    }

    private PlanResource? Resolve(string moduleAddress, IEnumerable<string> references, int depth)
    {
        foreach (var reference in references)
        {
            if (TerraformAddress.Resource(reference) is { } named && named.Type == ProviderResources.AlicloudVpnGateway.Type)
            {
                var matches = gateways.Where(gateway => gateway.ModuleAddress == moduleAddress && gateway.Name == named.Name && (named.Key is null || TerraformAddress.SameKey(gateway.Key, named.Key))).Take(2).ToList();
                if (matches.Count == 1)
                {
                    return matches[0];
                }
            }
            else if (TerraformAddress.ModuleOutput(reference) is { Key: null } output && depth < MaximumModuleDepth &&
                configuration.OutputExpression(TerraformAddress.ModulePath(Child(moduleAddress, output.Call)), output.Output) is { } expression &&
                Resolve(Child(moduleAddress, output.Call), Referenced(expression), depth + 1) is { } exported)
            {
                return exported;
            }
            else if (TerraformAddress.Variable(reference) is { } variable && moduleAddress.Length > 0 && depth < MaximumModuleDepth &&
                configuration.CallExpressions(TerraformAddress.ModulePath(moduleAddress))?.Get(variable) is { } argument &&
                Resolve(TerraformAddress.Parent(moduleAddress), Referenced(argument), depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Child(string moduleAddress, string call) => (moduleAddress.Length == 0 ? string.Empty : moduleAddress + ".") + "module." + call;

    private static IEnumerable<string> Referenced(RequestValue expression) => new PlanValue(null, null, null, null, expression, true).References;
}
