namespace VpnLint.Cli.Sources.Terraform.Mapping;

/// <summary>What a provider makes of an attribute: a plain value, or a nested block (which a plan shows as a list).</summary>
internal enum BlockShape
{
    Value,

    /// <summary>A block the provider sends as a JSON object in a string (ike_config as IkeConfig), read as that object.</summary>
    EmbeddedObject,

    /// <summary>A block of at most one item, sent as an object (Huawei's ssl_options).</summary>
    Object,

    /// <summary>A block of any number of items, sent as a list of objects (Huawei's client_ca_certificates).</summary>
    ObjectList,
}
