using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>
/// An object of a request together with the parameters the page defines for it: the request itself,
/// Huawei's vpn_server and its nested objects, each client CA certificate, IkeConfig and IpsecConfig.
/// The structural rules (VPN003 to VPN006) judge each scope's members against its definitions.
/// </summary>
internal sealed class ParameterScope
{
    public ParameterScope(ObjectValue value, IReadOnlyList<ParameterDefinition> definitions, string pathPrefix, string owner, bool isInsideJsonString = false)
    {
        IsInsideJsonString = isInsideJsonString;
        Index = DefinitionIndex.Of(definitions);
        Value = value;
        Definitions = definitions;
        PathPrefix = pathPrefix;
        Owner = owner;
    }

    public ObjectValue Value { get; }

    public IReadOnlyList<ParameterDefinition> Definitions { get; }

    /// <summary>What a member's path starts with: "" at the top, "vpn_server.", "IkeConfig.".</summary>
    public string PathPrefix { get; }

    /// <summary>What the scope is, as a message names it: CreateSslVpnServer, IkeConfig, vpn_server.ssl_options.</summary>
    public string Owner { get; }

    /// <summary>The scope was read from a string of JSON (IkeConfig given as text), which no JSON Schema sees into.</summary>
    public bool IsInsideJsonString { get; }

    public DefinitionIndex Index { get; }

    public ParameterDefinition? Find(string name) => Index.Find(name);
}
