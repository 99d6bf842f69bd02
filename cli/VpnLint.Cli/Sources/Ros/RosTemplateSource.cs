using VpnLint.Cli.Parsing;
using VpnLint.Cli.Requests;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Sources.Ros;

/// <summary>
/// An Alibaba Cloud ROS template, JSON or YAML (<c>ROSTemplateFormatVersion: '2015-09-01'</c>): each resource
/// of a type VpnLint checks (see <see cref="RosResources"/>) is the request its creation sends, its properties
/// the API's parameters. A server's VpnGatewayId that is a Ref or Fn::GetAtt of a gateway of the template is
/// on that gateway; the whole template is one bundle. A resource's <c>Metadata: {x-vpnlint-disable: [...]}</c>
/// silences rules on it.
/// </summary>
internal sealed class RosTemplateSource : IRequestSource
{
    private const string FormatVersionKey = "ROSTemplateFormatVersion";
    private const string FormatVersion = "2015-09-01";

    private static readonly IReadOnlyDictionary<string, string> SourceNames = RosResources.All
        .SelectMany(type => type.Properties).Where(property => property.Key != property.Value)
        .ToDictionary(property => property.Value, property => property.Key, StringComparer.Ordinal);

    private RosTemplateSource()
    {
    }

    public static RosTemplateSource Instance { get; } = new();

    public InputFormat Format => InputFormat.Ros;

    /// <summary>
    /// A stack's template often holds the servers of a gateway another template of the folder creates (a nested stack,
    /// or one stack a layer): joined, a server whose VpnGatewayId is the other stack's gateway ID or a parameter that
    /// defaults to it is judged with the folder's other servers (VPN701, VPN702), and with the folder's one unlabelled
    /// gateway, a raw request's, when there is one. A template's own gateways keep their logical IDs as labels.
    /// </summary>
    public bool JoinsFolderBundle => true;

    public bool Claims(ParsedDocument document) => document.Documents is [ObjectValue root, ..] && root.Find(FormatVersionKey) is not null;

    public FileRequests Read(ParsedDocument document, string displayPath, bool judgeEverything)
    {
        var result = new FileRequests { HoldsRequests = true };
        if (document.Documents is not [ObjectValue root])
        {
            result.Findings.Add(UndeterminedApi.Report(document.Source.Span(0, 0), "a ROS template is one mapping with ROSTemplateFormatVersion and Resources; write one template a file"));
            return result;
        }

        if (root.Get(FormatVersionKey) is not StringValue { Text: FormatVersion })
        {
            var version = root.Get(FormatVersionKey);
            result.Findings.Add(UndeterminedApi.Report((version ?? root).Span, $"ROSTemplateFormatVersion must be '{FormatVersion}', the only version ROS defines"));
            return result;
        }

        if (root.Find("Resources") is not { Value: ObjectValue resources })
        {
            result.Findings.Add(UndeterminedApi.Report((root.Get("Resources") ?? root).Span, "a ROS template's Resources is a mapping of logical IDs to resources, each with Type and Properties"));
            return result;
        }

        var values = new RosValues(root.Get("Parameters") as ObjectValue, result.Secrets);
        var gateways = resources.Members
            .Where(member => (member.Value as ObjectValue)?.Get("Type") is StringValue { Text: var type } && type == RosResources.VpnGateway.Type)
            .Select(member => member.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var resource in resources.Members)
        {
            Read(resource, values, gateways, displayPath, result);
        }

        result.HoldsRequests = judgeEverything || result.Requests.Count > 0 || result.Findings.Count > 0;
        return result;
    }

    private static void Read(RequestMember resource, RosValues values, HashSet<string> gateways, string displayPath, FileRequests result)
    {
        if (resource.Value is not ObjectValue body || body.Get("Type") is not StringValue typeName)
        {
            result.Findings.Add(UndeterminedApi.Report(resource.Value.Span, $"the resource {resource.Name} has no Type; a resource is a mapping with Type (ALIYUN::VPC::SslVpnServer) and Properties"));
            return;
        }

        if (RosResources.Find(typeName.Text) is not { } type)
        {
            result.UncheckedResources++;
            return;
        }

        var properties = body.Get("Properties");
        if (properties is not null and not ObjectValue)
        {
            result.Findings.Add(UndeterminedApi.Report(properties.Span, $"the Properties of {resource.Name} must be a mapping of property names to values"));
            return;
        }

        var vocabulary = new ResourceVocabulary(resource.Name, resource.NameSpan, SourceNames, generated: null);
        var members = new List<RequestMember> { new(ParameterNames.Action, typeName.Span, new StringValue(Api.Describe(type.Api).Name, typeName.Span)) };
        members.AddRange(type.RosSupplied.Select(supplied => new RequestMember(supplied, typeName.Span, new UnknownValue(typeName.Span))));
        foreach (var property in (properties as ObjectValue)?.Members ?? [])
        {
            if (type.NotSent.Contains(property.Name, StringComparer.Ordinal))
            {
                continue;
            }

            // A property the page does not list goes to the API as it is written, for the rules to judge.
            var parameter = type.Properties.GetValueOrDefault(property.Name, property.Name);
            vocabulary.Name(parameter, property.Name);
            var value = parameter == ParameterNames.VpnGatewayId && RosValues.ResourceNamed(property.Value) is { } named && gateways.Contains(named)
                ? new StringValue(named, property.Value.Span)
                : values.Resolve(property.Value, parameter, vocabulary);
            members.Add(new RequestMember(parameter, property.NameSpan, value));
        }

        if (EnvelopeKeys.DisabledRules((body.Get("Metadata") as ObjectValue)?.Get(EnvelopeKeys.Disable)) is { Count: > 0 } disabled)
        {
            result.DisabledRules.Add((body.Span, disabled));
        }

        var label = type.Api == ApiKind.CreateVpnGateway ? resource.Name : null;
        result.Add(new Request(type.Api, new ObjectValue(members, properties?.Span ?? body.Span), label, fileName: displayPath), new RequestOrigin(vocabulary));
    }
}
