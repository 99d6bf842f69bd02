using VpnLint.Rules.Addressing;
using VpnLint.Rules.Apis;
using VpnLint.Rules.Json;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Engine;

/// <summary>
/// What several checks need from one request, worked out once: where its parameters are, its client
/// and local CIDR blocks parsed and located, its embedded JSON read, its parameter scopes.
/// </summary>
internal sealed class RequestFacts
{
    // A request holds two JSON strings and ten certificates at most: a list compared by reference beats hashing.
    private readonly List<(StringValue Value, EmbeddedJsonResult Result)> embeddedJson = [];
    private readonly List<(StringValue Value, CertificateInfo Info)> certificates = [];
    private LocatedCidr? clientCidr;
    private bool clientCidrRead;
    private IReadOnlyList<LocatedCidr>? localCidrs;
    private IReadOnlyList<ParameterScope>? scopes;
    private IReadOnlyList<RepeatedKeyObject>? repeatedKeys;
    private IReadOnlyList<StructuralViolation>? violations;

    public RequestFacts(Request request)
    {
        Request = request;
        if (request.Api == ApiKind.HuaweiCreateVpnServer)
        {
            Parameters = request.Root.Get(ParameterNames.VpnServer) as ObjectValue;
            PathPrefix = ParameterNames.VpnServer + ".";
        }
        else
        {
            Parameters = request.Root;
            PathPrefix = string.Empty;
        }
    }

    public Request Request { get; }

    public ApiKind Api => Request.Api;

    /// <summary>The object that holds the page's parameters: the request, or Huawei's vpn_server; null when that is not an object.</summary>
    public ObjectValue? Parameters { get; }

    public string PathPrefix { get; }

    public RequestValue? Get(string name) => Parameters?.Get(name);

    public RequestMember? Find(string name) => Parameters?.Find(name);

    public string PathOf(string name) => PathPrefix + name;

    /// <summary>The client CIDR block (ClientIpPool or client_cidr) when it is given as a scalar.</summary>
    public LocatedCidr? ClientCidr
    {
        get
        {
            if (!clientCidrRead)
            {
                clientCidr = ReadClientCidr();
                clientCidrRead = true;
            }

            return clientCidr;
        }
    }

    /// <summary>The local CIDR blocks: the items of LocalSubnet's comma list, or of local_subnets.</summary>
    public IReadOnlyList<LocatedCidr> LocalCidrs => localCidrs ??= ReadLocalCidrs();

    public IReadOnlyList<ParameterScope> Scopes => scopes ??= ParameterScopes.Of(this);

    /// <summary>The objects of the request that hold a key more than once.</summary>
    public IReadOnlyList<RepeatedKeyObject> ObjectsWithRepeatedKeys => repeatedKeys ??= RepeatedKeys.Of(this);

    /// <summary>The scope of the object a path names ("" for the request, "vpn_server.ssl_options"); the first of a path, as scopes are in source order.</summary>
    public ParameterScope? ScopeAt(string objectPath)
    {
        var prefix = objectPath.Length == 0 ? string.Empty : objectPath + ".";
        var all = Scopes;
        for (var index = 0; index < all.Count; index++)
        {
            if (string.Equals(all[index].PathPrefix, prefix, StringComparison.Ordinal))
            {
                return all[index];
            }
        }

        return null;
    }

    /// <summary>What the front end's validation found in this request, asked once however many structural checks run.</summary>
    public IReadOnlyList<StructuralViolation> ViolationsFound(IStructuralValidation validation) => violations ??= validation.Find(Request);

    /// <summary>The object an IkeConfig or IpsecConfig string holds, read once however many checks ask.</summary>
    public EmbeddedJsonResult ReadEmbeddedJson(StringValue value)
    {
        foreach (var (known, read) in embeddedJson)
        {
            if (ReferenceEquals(known, value))
            {
                return read;
            }
        }

        var result = EmbeddedJsonReader.ReadObject(value);
        embeddedJson.Add((value, result));
        return result;
    }

    /// <summary>A client CA certificate's content, read once for VPN403 and VPN404.</summary>
    public CertificateInfo ReadCertificate(StringValue content)
    {
        foreach (var (value, known) in certificates)
        {
            if (ReferenceEquals(value, content))
            {
                return known;
            }
        }

        var info = PemCertificateReader.Read(content.Text);
        certificates.Add((content, info));
        return info;
    }

    /// <summary>The client CA certificates' contents given as strings, with their paths.</summary>
    public IEnumerable<(StringValue Content, string Path)> ClientCaCertificateContents()
    {
        if (Get(ParameterNames.ClientCaCertificates) is not ArrayValue certificates)
        {
            yield break;
        }

        var path = PathOf(ParameterNames.ClientCaCertificates);
        for (var index = 0; index < certificates.Items.Count; index++)
        {
            if (certificates.Items[index] is ObjectValue certificate && certificate.Get(ParameterNames.CertificateContent) is StringValue content)
            {
                yield return (content, Paths.Item(path, index) + "." + ParameterNames.CertificateContent);
            }
        }
    }

    /// <summary>IkeConfig or IpsecConfig as an object, whether given as one or as a string of JSON; null when absent or not an object.</summary>
    public ObjectValue? EmbeddedObject(string name) => Get(name) switch
    {
        ObjectValue value => value,
        StringValue text => ReadEmbeddedJson(text).Value,
        _ => null,
    };

    private LocatedCidr? ReadClientCidr()
    {
        var name = Api == ApiKind.HuaweiCreateVpnServer ? ParameterNames.ClientCidr : ParameterNames.ClientIpPool;
        var value = Get(name);
        var text = ValueReader.ReadText(value);
        return text is null || value is null
            ? null
            : new LocatedCidr(name, PathOf(name), text, CidrParser.Parse(text), value);
    }

    private IReadOnlyList<LocatedCidr> ReadLocalCidrs()
    {
        if (Api == ApiKind.CreateVpnGateway)
        {
            return [];
        }

        if (Api == ApiKind.HuaweiCreateVpnServer)
        {
            return ReadLocalCidrArray();
        }

        var value = Get(ParameterNames.LocalSubnet);
        if (ValueReader.ReadText(value) is not { } text || value is null)
        {
            return [];
        }

        var items = CidrList.Split(text);
        var located = new List<LocatedCidr>(items.Count);
        var path = PathOf(ParameterNames.LocalSubnet);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            located.Add(new LocatedCidr(ParameterNames.LocalSubnet, path, item.Index, item.Text, item.Parse, value, item.Start));
        }

        return located;
    }

    private IReadOnlyList<LocatedCidr> ReadLocalCidrArray()
    {
        if (Get(ParameterNames.LocalSubnets) is not ArrayValue array)
        {
            return [];
        }

        var located = new List<LocatedCidr>(array.Items.Count);
        var path = PathOf(ParameterNames.LocalSubnets);
        for (var index = 0; index < array.Items.Count; index++)
        {
            var item = array.Items[index];
            if (ValueReader.ReadText(item) is { } text)
            {
                located.Add(new LocatedCidr(ParameterNames.LocalSubnets, path, index, text, CidrParser.Parse(text), item, -1));
            }
        }

        return located;
    }
}
