using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Checks.Addressing;
using VpnLint.Rules.Checks.Authentication;
using VpnLint.Rules.Checks.Bundle;
using VpnLint.Rules.Checks.Gateway;
using VpnLint.Rules.Checks.IpsecNegotiation;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Checks.Sizing;
using VpnLint.Rules.Checks.Transport;

namespace VpnLint.Rules.Engine;

/// <summary>
/// Every check, and which run on each API: a check runs on the requests of the pages its rule's
/// catalogue entry names, so that the catalogue stays the one place that says where a rule applies.
/// VPN001, VPN002 and VPN008 are not here: only a front end can see them (its parser, <see cref="MalformedFile"/>;
/// its API identification, <see cref="UndeterminedApi"/>; the analyzers' settings, <see cref="InvalidAnalyzerSetting"/>).
/// </summary>
internal static class CheckRegistry
{
    public static IReadOnlyList<RequestCheck> RequestChecks { get; } =
    [
        new MissingRequiredParameter(),
        new WrongValueType(),
        new UnknownParameter(),
        new ValueNotAllowed(),
        new DuplicateKey(),
        new InvalidName(),
        new InvalidClientToken(),
        new InvalidCidr(),
        new CidrHostBitsSet(),
        new ClientPoolPrefixLength(),
        new LocalSubnetPrefixLength(),
        new ClientPoolReservedRange(),
        new LocalSubnetReservedRange(),
        new ClientPoolOverlapsLocalSubnet(),
        new ClientPoolOverlapsVpc(),
        new ClientPoolNotPrivate(),
        new LocalSubnetList(),
        new ClientPoolTooSmall(),
        new PortOutOfRange(),
        new ReservedPort(),
        new HuaweiPortNotAllowed(),
        new EncryptionOff(),
        new CompressionOn(),
        new MultiFactorAuthIncomplete(),
        new IdaasWithoutMultiFactorAuth(),
        new ClientCaCertificateCount(),
        new ClientCaCertificateNotPem(),
        new WeakCertificate(),
        new IpsecNoAuthentication(),
        new PskLength(),
        new PskInClearText(),
        new IpsecConfigNotObject(),
        new LifetimeOutOfRange(),
        new WeakNegotiation(),
        new InvalidIpsecIdentifier(),
        new BandwidthNotAllowed(),
        new SslConnectionsNotAllowed(),
        new SslConnectionsWithoutSsl(),
        new NoVpnEnabled(),
        new SslOnPrivateGateway(),
        new PeriodNotAllowed(),
        new SubscriptionOptionOnPayAsYouGo(),
        new DisasterRecoveryWithoutVSwitch(),
    ];

    public static IReadOnlyList<BundleCheck> BundleChecks { get; } =
    [
        new ServerOnGatewayWithoutSsl(),
        new SecondServerOnGateway(),
        new ClientPoolsOverlapInVpc(),
    ];

    /// <summary>The rules whose only check is a front end's: the parser (VPN001), API identification (VPN002) and the analyzers' settings (VPN008).</summary>
    public static IReadOnlyList<string> FrontEndRules { get; } = [RuleIds.MalformedFile, RuleIds.UndeterminedApi, RuleIds.InvalidAnalyzerSetting];

    private static readonly IReadOnlyList<RequestCheck>[] ChecksByApi = BuildChecksByApi();

    public static IReadOnlyList<RequestCheck> For(ApiKind api) => ChecksByApi[(int)api];

    public static StructuralCheck Structural(StructuralViolationKind kind)
    {
        foreach (var check in RequestChecks)
        {
            if (check is StructuralCheck structural && structural.Kind == kind)
            {
                return structural;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
    }

    private static IReadOnlyList<RequestCheck>[] BuildChecksByApi()
    {
        var byApi = new IReadOnlyList<RequestCheck>[Api.All.Count];
        foreach (var api in Api.All)
        {
            var checks = new List<RequestCheck>();
            foreach (var check in RequestChecks)
            {
                foreach (var page in RuleCatalog.Get(check.RuleId).Pages)
                {
                    if (page == api.Kind)
                    {
                        checks.Add(check);
                        break;
                    }
                }
            }

            byApi[(int)api.Kind] = checks;
        }

        return byApi;
    }
}
