namespace VpnLint.Rules;

/// <summary>What a JSON Schema validator found wrong with one member of an object.</summary>
public enum StructuralViolationKind
{
    /// <summary>A required member is absent (VPN003).</summary>
    MissingRequired,

    /// <summary>A member's value has the wrong type (VPN004).</summary>
    WrongType,

    /// <summary>A member the schema does not define (VPN005).</summary>
    UnknownMember,

    /// <summary>A member's value is outside its enumeration (VPN006).</summary>
    ValueNotAllowed,
}
