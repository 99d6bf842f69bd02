namespace VpnLint.Rules.Checks.Requests;

public enum ApiIdentificationOutcome
{
    /// <summary>The object names one of the five APIs.</summary>
    Identified,

    /// <summary>It uses these APIs' parameter names but names no API, or names one wrongly: VPN002.</summary>
    Undetermined,

    /// <summary>Its Action names an API VpnLint does not check (another Alibaba API's request): VPN002 when judged.</summary>
    OtherApi,

    /// <summary>Nothing in it is a VPN request (a package.json, a CI workflow).</summary>
    NotARequest,
}
