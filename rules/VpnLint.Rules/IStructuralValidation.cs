using VpnLint.Rules.Model;

namespace VpnLint.Rules;

/// <summary>
/// A front end's own check of a request's structure: a JSON Schema validator, or a compiler that has
/// already checked the names and types of what it compiled. It says which kinds of violation it decides
/// and which members break them; the engine judges each member it names with its own structural rules
/// (VPN003 to VPN006), so the findings, messages and fixes are the engine's whoever found the member.
/// What a validation does not decide, the engine finds by walking the request against the parameter
/// catalogue, as it does when no validation is given.
/// </summary>
public interface IStructuralValidation
{
    /// <summary>
    /// True when this validation decides <paramref name="kind"/> for the request's own objects. It never
    /// decides for the JSON a string parameter holds (IkeConfig given as text), which the engine reads itself.
    /// </summary>
    bool Decides(StructuralViolationKind kind);

    /// <summary>The members of <paramref name="request"/> that break their definitions, in the kinds this validation decides.</summary>
    IReadOnlyList<StructuralViolation> Find(Request request);
}
