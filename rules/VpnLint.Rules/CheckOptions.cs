namespace VpnLint.Rules;

/// <summary>How a front end wants the engine to run.</summary>
public sealed class CheckOptions
{
    public static CheckOptions Default { get; } = new();

    /// <summary>
    /// The front end validates the request's structure against the JSON Schemas in schema/ and reports
    /// VPN003 to VPN006 through <see cref="StructuralJudge"/>, so the engine judges structure only where a
    /// schema cannot see: inside IkeConfig and IpsecConfig given as strings of JSON.
    /// </summary>
    public bool StructureValidatedBySchema { get; set; }
}
