using static VpnLint.Rules.Parameters.ParameterNames;

namespace VpnLint.Rules.Parameters;

/// <summary>The parameters that several Alibaba pages share, written once.</summary>
internal static class AlibabaCommonParameters
{
    public static ParameterDefinition ActionFor(string api) => new(
        ParameterNames.Action, ParameterType.String,
        $"The API operation, as the RPC API takes it: {api}. VpnLint reads it to know which page to check the request against.",
        required: true, example: api, allowedValues: [api], origin: ParameterOrigin.Envelope);

    public static readonly ParameterDefinition ApiVersion = new(
        ParameterNames.Version, ParameterType.String, "The RPC API version of the VPC API.",
        example: "2016-04-28", allowedValues: ["2016-04-28"], origin: ParameterOrigin.Envelope);

    public static ParameterDefinition RegionIdOf(string what, string example) => new(
        RegionId, ParameterType.String,
        $"The region ID of {what}. You can call the DescribeRegions operation to query the most recent region list.",
        required: true, example: example);

    public static readonly ParameterDefinition ClientTokenParameter = new(
        ClientToken, ParameterType.String,
        "The client token that is used to ensure the idempotence of the request. It must be unique among requests and can contain only ASCII characters.",
        example: "02fb3da4-130e-11e9-8e44-0016e04115b");

    public static readonly IReadOnlyList<ParameterDefinition> AccountParameters =
    [
        new(OwnerId, ParameterType.Integer, "The ID of the account that owns the resource.", origin: ParameterOrigin.NewerThanPage),
        new(OwnerAccount, ParameterType.String, "The account that owns the resource.", origin: ParameterOrigin.NewerThanPage),
        new(ResourceOwnerId, ParameterType.Integer, "The ID of the account that owns the resource.", origin: ParameterOrigin.NewerThanPage),
        new(ResourceOwnerAccount, ParameterType.String, "The account that owns the resource.", origin: ParameterOrigin.NewerThanPage),
    ];
}
