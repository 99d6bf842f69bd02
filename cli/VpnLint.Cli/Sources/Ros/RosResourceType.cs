using VpnLint.Rules.Apis;

namespace VpnLint.Cli.Sources.Ros;

/// <summary>A ROS resource type VpnLint checks: the API its creation calls, and its properties by the parameter each is sent as.</summary>
/// <param name="Type">The type as a template writes it: ALIYUN::VPC::SslVpnServer.</param>
/// <param name="Api">The API the resource's creation calls.</param>
/// <param name="Properties">Each property the resource page lists, with the parameter it is sent as.</param>
internal sealed record RosResourceType(string Type, ApiKind Api, IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>Properties ROS applies through other APIs (Description, Tags): not part of the request.</summary>
    public IReadOnlyList<string> NotSent { get; init; } = [];

    /// <summary>Parameters ROS fills itself (RegionId from the stack's region, ClientToken): sent, but not known from the template.</summary>
    public IReadOnlyList<string> RosSupplied { get; init; } = [];

    /// <summary>Parameters of the API that no property sets: never sent from a template.</summary>
    public IReadOnlyList<string> NotSettable { get; init; } = [];
}
