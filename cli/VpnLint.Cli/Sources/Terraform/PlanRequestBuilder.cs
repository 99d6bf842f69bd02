using System.Globalization;
using VpnLint.Cli.Sources.Terraform.Mapping;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Sources.Terraform;

/// <summary>
/// Builds the request a provider sends for one resource of a plan, as its Go code builds it: which attributes
/// it sends and when, what it fills in itself, how it converts values and blocks. Every value keeps its place
/// in the plan; a value known only after apply is present and never judged; what the provider fills in is
/// placed on the resource, and the vocabulary says why.
/// </summary>
internal sealed class PlanRequestBuilder
{
    private const string ValuesWrittenLater = "known only after apply";

    private readonly PlanResource resource;
    private readonly ResourceMapping mapping;
    private readonly Func<PlanResource, PlanValue, RequestValue, RequestValue> linkGateway;
    private readonly List<RequestMember> members = [];
    private readonly Dictionary<string, List<RequestMember>> bodies = new(StringComparer.Ordinal);

    private PlanRequestBuilder(PlanResource resource, ResourceMapping mapping, ResourceVocabulary vocabulary, Func<PlanResource, PlanValue, RequestValue, RequestValue> linkGateway)
    {
        this.resource = resource;
        this.mapping = mapping;
        this.linkGateway = linkGateway;
        Vocabulary = vocabulary;
    }

    private ResourceVocabulary Vocabulary { get; }

    /// <param name="resource">The resource instance.</param>
    /// <param name="mapping">What its provider sends for the plan's action.</param>
    /// <param name="vocabulary">Where the words of its findings are recorded.</param>
    /// <param name="linkGateway">Turns a server's vpn_gateway_id into the label of the gateway of the plan it names, when it names one.</param>
    public static Request Build(PlanResource resource, ResourceMapping mapping, ResourceVocabulary vocabulary, Func<PlanResource, PlanValue, RequestValue, RequestValue> linkGateway)
    {
        var builder = new PlanRequestBuilder(resource, mapping, vocabulary, linkGateway);
        return builder.Build();
    }

    private Request Build()
    {
        var api = Api.Describe(mapping.Api);
        if (api.Cloud == Cloud.Alibaba)
        {
            members.Add(new RequestMember(ParameterNames.Action, resource.AddressSpan, new StringValue(api.Name, resource.AddressSpan)));
        }

        foreach (var supplied in mapping.ProviderSupplied)
        {
            members.Add(new RequestMember(supplied, resource.AddressSpan, new UnknownValue(resource.AddressSpan)));
        }

        foreach (var attribute in mapping.Attributes)
        {
            var node = resource.Values.Attribute(attribute.Attribute);
            if (Sent(attribute, node, attribute.Parameter, attribute.Attribute) is not { } value)
            {
                continue;
            }

            if (attribute.Parameter == ParameterNames.VpnGatewayId)
            {
                value = linkGateway(resource, node, value);
            }

            Put(attribute.Parameter, node.Member?.NameSpan ?? resource.AddressSpan, value);
        }

        foreach (var (body, bodyMembers) in bodies)
        {
            members.Add(new RequestMember(body, resource.AddressSpan, new ObjectValue(bodyMembers, resource.Values.Value?.Span ?? resource.Span)));
        }

        var label = mapping.Api == ApiKind.CreateVpnGateway ? resource.Address : null;
        // A missing parameter is reported at the values where its attribute would be.
        return new Request(mapping.Api, new ObjectValue(members, resource.Values.Value?.Span ?? resource.Span), label);
    }

    /// <summary>The value the provider sends for an attribute, or null when it sends none.</summary>
    /// <param name="attribute">The attribute's mapping.</param>
    /// <param name="node">The attribute in the plan.</param>
    /// <param name="apiPath">The parameter's path in the request, for the vocabulary.</param>
    /// <param name="sourcePath">The attribute's path in the resource.</param>
    private RequestValue? Sent(AttributeMapping attribute, PlanValue node, string apiPath, string sourcePath)
    {
        Vocabulary.Name(apiPath, sourcePath);
        if (node.IsUnknown)
        {
            // Computed by the provider when the configuration does not set it: GetOk sees nothing, so nothing is sent.
            return !node.IsWritten && attribute.Sending != Sending.Always ? null : new UnknownValue(node.Unknown!.Span);
        }

        if (attribute.Shape != BlockShape.Value)
        {
            return Block(attribute, node, apiPath, sourcePath);
        }

        if (node.IsNull)
        {
            return ProviderDefault(attribute, apiPath, sourcePath);
        }

        var value = node.Value!;
        if (attribute.Sending == Sending.WhenSet && IsEmpty(value))
        {
            return null;
        }

        if (attribute.Sending == Sending.WhenChanged && SameValue(value, resource.Before.Attribute(attribute.Attribute).Value))
        {
            Vocabulary.PlaceOnResource(apiPath, $"the plan does not change {sourcePath}, so the provider does not send it");
            return null;
        }

        value = Transformed(attribute.Transform, value);
        if (attribute.OnlyWith is var (condition, expected) && !Meets(condition, expected, ref value))
        {
            return null;
        }

        if (!node.IsWritten)
        {
            Vocabulary.PlaceOnResource(apiPath, $"{sourcePath} is not in the configuration, so the provider sends its default, {Text(value)}");
        }

        if (node.IsSensitive)
        {
            Vocabulary.Sensitive(value);
        }

        if (apiPath == ParameterNames.Psk && resource.Values.ConfigurationKnown && !node.IsConstant)
        {
            // The key comes from a variable or another resource, not from clear text in the configuration.
            Vocabulary.Inapplicable(RuleIds.PskInClearText, apiPath);
        }

        return value;
    }

    private RequestValue? Block(AttributeMapping attribute, PlanValue node, string apiPath, string sourcePath)
    {
        var items = node.Value switch
        {
            ArrayValue list => list.Items.Count,
            ObjectValue => 1,
            null or NullValue => 0,

            // Not a block: sent as it is, for the rules to say what it should be.
            _ => -1,
        };
        if (items < 0)
        {
            return node.Value;
        }

        if (items == 0)
        {
            if (!attribute.SentWhenAbsent)
            {
                return null;
            }

            Vocabulary.PlaceOnResource(apiPath, $"{sourcePath} is not set, so the provider sends it empty and the API's defaults apply");
            return new ObjectValue([], resource.AddressSpan);
        }

        if (attribute.Shape == BlockShape.ObjectList)
        {
            var objects = new List<RequestValue>(items);
            for (var index = 0; index < items; index++)
            {
                objects.Add(BlockObject(attribute, Item(node, index), $"{apiPath}[{index.ToString(CultureInfo.InvariantCulture)}]", $"{sourcePath}[{index.ToString(CultureInfo.InvariantCulture)}]"));
            }

            return new ArrayValue(objects, node.Value!.Span);
        }

        // A set of one, or of several of which the provider's loop keeps the last.
        var last = items - 1;
        return BlockObject(attribute, Item(node, last), apiPath, $"{sourcePath}[{last.ToString(CultureInfo.InvariantCulture)}]");
    }

    private RequestValue BlockObject(AttributeMapping attribute, PlanValue item, string apiPath, string sourcePath)
    {
        Vocabulary.Name(apiPath, sourcePath);
        if (item.IsUnknown || item.Value is not ObjectValue values)
        {
            return item.IsUnknown ? new UnknownValue(item.Unknown!.Span) : item.Value ?? new NullValue(resource.AddressSpan);
        }

        if (attribute.MembersLost is { } lost)
        {
            foreach (var member in attribute.Members)
            {
                Vocabulary.Name(apiPath + "." + member.Parameter, sourcePath + "." + member.Attribute);
            }

            Vocabulary.Note(apiPath, lost);
            return new ObjectValue([], values.Span);
        }

        var objectMembers = new List<RequestMember>(attribute.Members.Count);
        foreach (var member in attribute.Members)
        {
            var node = item.Attribute(member.Attribute);
            if (Sent(member, node, apiPath + "." + member.Parameter, sourcePath + "." + member.Attribute) is { } value)
            {
                objectMembers.Add(new RequestMember(member.Parameter, node.Member?.NameSpan ?? values.Span, value));
            }
        }

        return new ObjectValue(objectMembers, values.Span);
    }

    private static PlanValue Item(PlanValue node, int index) => node.Value is ObjectValue ? node with { Member = null } : node.Item(index);

    // Rules whose fix is to remove a value the API ignores: a value the provider fills in is not the user's to
    // remove, and leaving it out of the configuration is what makes the provider send it.
    private static readonly string[] RemovalRules = [RuleIds.SubscriptionOptionOnPayAsYouGo, RuleIds.SslConnectionsWithoutSsl];

    private RequestValue? ProviderDefault(AttributeMapping attribute, string apiPath, string sourcePath)
    {
        if (attribute.ProviderDefault is not { } literal)
        {
            return null;
        }

        Vocabulary.PlaceOnResource(apiPath, $"{sourcePath} is not set, so the provider sends {literal}");
        foreach (var ruleId in RemovalRules)
        {
            Vocabulary.Inapplicable(ruleId, apiPath);
        }

        return literal switch
        {
            "true" or "false" => new BooleanValue(literal == "true", resource.AddressSpan),
            _ => new StringValue(literal, resource.AddressSpan),
        };
    }

    /// <summary>Whether the request sends <paramref name="condition"/> as <paramref name="expected"/>; when that is unknown, so is whether the value is sent.</summary>
    private bool Meets(string condition, string expected, ref RequestValue value)
    {
        var sent = members.FindLast(member => member.Name == condition)?.Value;
        if (sent is UnknownValue)
        {
            value = new UnknownValue(value.Span);
            return true;
        }

        return sent is not null && Text(sent) == expected;
    }

    private void Put(string parameter, SourceSpan nameSpan, RequestValue value)
    {
        var dot = parameter.IndexOf('.', StringComparison.Ordinal);
        var target = dot < 0 ? members : Body(parameter[..dot]);
        var name = dot < 0 ? parameter : parameter[(dot + 1)..];

        // A later attribute for the same parameter overrides an earlier one, as the provider's assignments do.
        target.RemoveAll(member => member.Name == name);
        target.Add(new RequestMember(name, nameSpan, value));
    }

    private List<RequestMember> Body(string name)
    {
        if (!bodies.TryGetValue(name, out var body))
        {
            bodies.Add(name, body = []);
        }

        return body;
    }

    private static RequestValue Transformed(ValueTransform transform, RequestValue value) => (transform, value) switch
    {
        (ValueTransform.BooleanAsText, BooleanValue boolean) => new StringValue(boolean.Value ? "true" : "false", boolean.Span),
        (ValueTransform.PaymentType, StringValue text) => PaymentTypeSent(text.Text) is { } sent ? new StringValue(sent, text.Span) : text,
        (ValueTransform.ChargeType, StringValue text) => PaymentTypeSent(ChargeTypeAsPaymentType(text.Text)) is { } sent ? new StringValue(sent, text.Span) : text,
        _ => value,
    };

    private static string? PaymentTypeSent(string paymentType) => paymentType switch
    {
        "Subscription" or "PrePaid" => "PREPAY",
        "PayAsYouGo" or "PostPaid" => "POSTPAY",
        _ => null,
    };

    private static string ChargeTypeAsPaymentType(string chargeType) => chargeType switch
    {
        "PostPaid" or "Postpaid" => "PayAsYouGo",
        "PrePaid" or "Prepaid" => "Subscription",
        _ => chargeType,
    };

    /// <summary>What Go's zero value test of GetOk and ValueIgnoreEmpty sees as not set.</summary>
    private static bool IsEmpty(RequestValue value) => value switch
    {
        StringValue text => text.Text.Length == 0,
        NumberValue number => number.Value == 0,
        BooleanValue boolean => !boolean.Value,
        ArrayValue list => list.Items.Count == 0,
        ObjectValue mapping => mapping.Members.Count == 0,
        _ => true,
    };

    private static bool SameValue(RequestValue after, RequestValue? before) => before is not null && after.Kind == before.Kind && Text(after) == Text(before);

    private static string Text(RequestValue value) => value switch
    {
        StringValue text => text.Text,
        NumberValue number => number.Text,
        BooleanValue boolean => boolean.Value ? "true" : "false",
        UnknownValue => ValuesWrittenLater,
        _ => string.Empty,
    };
}
