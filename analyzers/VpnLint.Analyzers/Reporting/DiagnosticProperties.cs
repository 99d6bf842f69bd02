namespace VpnLint.Analyzers.Reporting;

/// <summary>The keys of the properties a VpnLint diagnostic carries to the code fixes.</summary>
internal static class DiagnosticProperties
{
    /// <summary>The finding's replacement: the text that fixes the diagnostic's span.</summary>
    public const string Replacement = "Replacement";
}
