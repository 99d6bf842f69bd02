using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>The object that an embedded-JSON parameter's string holds.</summary>
internal sealed class EmbeddedObject(string parameter, ObjectValue root)
{
    public string Parameter { get; } = parameter;

    public ObjectValue Root { get; } = root;
}
