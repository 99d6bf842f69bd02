namespace VpnLint.Rules.Parameters;

/// <summary>Where VpnLint knows a parameter from.</summary>
public enum ParameterOrigin
{
    /// <summary>The API's page in shared/seeds.</summary>
    Page,

    /// <summary>The SDKs show it, added after the page was captured (constraints.md, "Newer than the pages").</summary>
    NewerThanPage,

    /// <summary>How a file names its API or places a Huawei request: <c>Action</c>, path and header parameters.</summary>
    Envelope,
}
