namespace VpnLint.Rules;

/// <summary>How serious a finding is, in increasing order, so that a failure level compares with &gt;=.</summary>
public enum Severity
{
    Note,
    Warning,
    Error,
}
