using VpnLint.Rules;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Reporting;

/// <summary>
/// The C# compiler as the rule engine's structural validation: a request property exists and its value
/// has its type, or the code does not compile, so the compiler decides VPN004 and VPN005 and finds no
/// violation in code that compiles. The engine walks the rest: a required parameter a sent request
/// leaves out (VPN003), a constant outside its documented set (VPN006), and everything inside the JSON
/// of IkeConfig and IpsecConfig strings.
/// </summary>
internal sealed class CompiledStructure : IStructuralValidation
{
    public static CompiledStructure Instance { get; } = new();

    private CompiledStructure()
    {
    }

    public bool Decides(StructuralViolationKind kind) => kind is StructuralViolationKind.WrongType or StructuralViolationKind.UnknownMember;

    public IReadOnlyList<StructuralViolation> Find(Request request) => [];
}
