using VpnLint.Rules.Model;

namespace VpnLint.Rules.Engine;

/// <summary>An object that repeats a key: the positions of its members that repeat an earlier one, and the path to it.</summary>
internal sealed class RepeatedKeyObject
{
    public RepeatedKeyObject(ObjectValue owner, string pathPrefix, IReadOnlyList<int> repeats, EmbeddedObject? embedded)
    {
        Owner = owner;
        PathPrefix = pathPrefix;
        Repeats = repeats;
        Embedded = embedded;
    }

    public ObjectValue Owner { get; }

    /// <summary>The path of the object's members, up to their names: <c>vpn_server.ssl_options.</c>.</summary>
    public string PathPrefix { get; }

    /// <summary>The positions in <see cref="Owner"/> of the members whose name an earlier member has.</summary>
    public IReadOnlyList<int> Repeats { get; }

    /// <summary>The JSON string the object is inside, when it is; null for the request's own objects.</summary>
    public EmbeddedObject? Embedded { get; }
}
