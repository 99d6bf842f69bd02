namespace VpnLint.Analyzers.Reporting;

/// <summary>The keys of the properties a VpnLint diagnostic carries to the code fixes.</summary>
internal static class DiagnosticProperties
{
    /// <summary>The finding's replacement: the text that fixes the diagnostic's span.</summary>
    public const string Replacement = "Replacement";

    /// <summary>
    /// Present when the diagnostic's span is a string inside the JSON of IkeConfig or IpsecConfig: the
    /// replacement is then the text between the JSON quotes, which the fix must keep.
    /// </summary>
    public const string ReplacesJsonString = "ReplacesJsonString";
}
