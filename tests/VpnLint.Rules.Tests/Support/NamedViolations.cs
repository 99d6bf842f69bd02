using VpnLint.Rules.Model;

namespace VpnLint.Rules.Tests.Support;

/// <summary>A structural validation that names the violations it is given, as a schema validator would, and counts how often it is asked.</summary>
internal sealed class NamedViolations(IReadOnlyList<StructuralViolation> violations, params StructuralViolationKind[] decided) : IStructuralValidation
{
    private int asked;

    public static StructuralViolationKind[] AllKinds { get; } = Enum.GetValues<StructuralViolationKind>();

    public int Asked => asked;

    public bool Decides(StructuralViolationKind kind) => (decided.Length == 0 ? AllKinds : decided).Contains(kind);

    public IReadOnlyList<StructuralViolation> Find(Request request)
    {
        Interlocked.Increment(ref asked);
        return violations;
    }
}
