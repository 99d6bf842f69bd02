namespace VpnLint.Rules.Parameters;

/// <summary>The Type column of the pages.</summary>
public enum ParameterType
{
    String,
    Integer,
    Boolean,
    Array,
    Object,
}
