namespace VpnLint.Rules;

/// <summary>One member of a request that a structural validation found wrong, and how.</summary>
public sealed class StructuralViolation
{
    /// <param name="kind">What is wrong.</param>
    /// <param name="objectPath">The object, as a finding's path names it: "" for the request, "vpn_server.ssl_options", "vpn_server.client_ca_certificates[0]".</param>
    /// <param name="memberName">The member of that object, or the required member it lacks.</param>
    public StructuralViolation(StructuralViolationKind kind, string objectPath, string memberName)
    {
        Kind = kind;
        ObjectPath = objectPath;
        MemberName = memberName;
    }

    public StructuralViolationKind Kind { get; }

    public string ObjectPath { get; }

    public string MemberName { get; }
}
