namespace VpnLint.Cli.Sources.Terraform.Mapping;

/// <summary>One attribute of a resource and the parameter a provider sends it as.</summary>
/// <param name="Attribute">The attribute as the resource's schema names it.</param>
/// <param name="Parameter">
/// The parameter, as its API's catalogue names it; under a body member with a dot (<c>vpn_server.client_cidr</c>),
/// or a block's member by its own name.
/// </param>
/// <param name="Sending">When the provider sends it.</param>
internal sealed record AttributeMapping(string Attribute, string Parameter, Sending Sending)
{
    public ValueTransform Transform { get; init; }

    public BlockShape Shape { get; init; }

    /// <summary>A block's members.</summary>
    public IReadOnlyList<AttributeMapping> Members { get; init; } = [];

    /// <summary>Sent only when this parameter of the request is sent with this value (SslConnections only with EnableSsl true).</summary>
    public (string Parameter, string Value)? OnlyWith { get; init; }

    /// <summary>What the provider sends, as JSON, when the attribute is null (alicloud_vpn_gateway's AutoPay: true).</summary>
    public string? ProviderDefault { get; init; }

    /// <summary>A block sent as an empty object when the plan has none (Huawei's ssl_options, for the SSL tunnel).</summary>
    public bool SentWhenAbsent { get; init; }

    /// <summary>Why the provider sends a block without the values of its members, said in every finding on them.</summary>
    public string? MembersLost { get; init; }
}
