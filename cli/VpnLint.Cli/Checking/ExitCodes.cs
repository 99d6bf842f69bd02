namespace VpnLint.Cli.Checking;

internal static class ExitCodes
{
    /// <summary>Nothing at or above the failure level.</summary>
    public const int Clean = 0;

    /// <summary>A finding at or above the failure level (error by default).</summary>
    public const int Findings = 1;

    /// <summary>A usage error, a path that does not exist or cannot be read, a bad configuration, or no input file.</summary>
    public const int UsageOrInput = 2;
}
