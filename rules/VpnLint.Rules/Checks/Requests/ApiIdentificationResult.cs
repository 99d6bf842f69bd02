using VpnLint.Rules.Apis;

namespace VpnLint.Rules.Checks.Requests;

public sealed class ApiIdentificationResult
{
    internal ApiIdentificationResult(ApiIdentificationOutcome outcome, ApiKind? api, Finding? finding)
    {
        Outcome = outcome;
        Api = api;
        Finding = finding;
    }

    public ApiIdentificationOutcome Outcome { get; }

    /// <summary>The API, when <see cref="Outcome"/> is <see cref="ApiIdentificationOutcome.Identified"/>.</summary>
    public ApiKind? Api { get; }

    /// <summary>The VPN002 finding for an object that is judged but names no API VpnLint checks.</summary>
    public Finding? Finding { get; }
}
