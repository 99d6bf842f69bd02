namespace VpnLint.Rules.Model;

public enum ValueKind
{
    String,
    Number,
    Boolean,
    Null,
    Array,
    Object,

    /// <summary>Set, but not known before run time (a non-constant C# expression): present, never judged.</summary>
    Unknown,
}
