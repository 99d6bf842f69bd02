namespace VpnLint.Rules.Catalog;

/// <summary>The rule families of the constraint catalogue, one per hundred of IDs.</summary>
public static class RuleCategory
{
    public const string Request = "Request";
    public const string Addressing = "Addressing";
    public const string Sizing = "Sizing";
    public const string Transport = "Transport";
    public const string Authentication = "Authentication";
    public const string IpsecNegotiation = "IPsecNegotiation";
    public const string Gateway = "Gateway";
    public const string Bundle = "Bundle";
}
