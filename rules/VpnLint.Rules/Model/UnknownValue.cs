namespace VpnLint.Rules.Model;

/// <summary>
/// A parameter that is set to something not known before run time (a C# variable, a method call):
/// it counts as present for the required-parameter rule and is never guessed at by the others.
/// </summary>
public sealed class UnknownValue : RequestValue
{
    public UnknownValue(SourceSpan span)
        : base(span)
    {
    }

    public override ValueKind Kind => ValueKind.Unknown;
}
