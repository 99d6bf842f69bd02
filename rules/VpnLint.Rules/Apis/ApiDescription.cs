namespace VpnLint.Rules.Apis;

/// <summary>One API page: what the rules cite when they say where a constraint comes from.</summary>
public sealed class ApiDescription
{
    internal ApiDescription(ApiKind kind, Cloud cloud, string name, string pageKey, string pageTitle, string pageFile)
    {
        Kind = kind;
        Cloud = cloud;
        Name = name;
        PageKey = pageKey;
        PageTitle = pageTitle;
        PageFile = pageFile;
    }

    public ApiKind Kind { get; }

    public Cloud Cloud { get; }

    /// <summary>The operation name: the Alibaba <c>Action</c> value, or Huawei's operation name.</summary>
    public string Name { get; }

    /// <summary>The short key the constraint catalogue uses for the page: GW, SSL-C, SSL-M, IPS, HW.</summary>
    public string PageKey { get; }

    public string PageTitle { get; }

    /// <summary>The page's file in shared/seeds, the specification this API's rules encode.</summary>
    public string PageFile { get; }

    /// <summary>How messages name the API: the Alibaba action, or "Huawei CreateVpnServer".</summary>
    public string DisplayName => Cloud == Cloud.Huawei ? "Huawei " + Name : Name;
}
