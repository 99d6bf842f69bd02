using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using VpnLint.Rules.Catalog;

namespace VpnLint.Analyzers.Descriptors;

/// <summary>
/// A descriptor for every rule the analyzers can report: every rule of the catalogue whose surface
/// includes C#. A meta-test holds this list, the catalogue and AnalyzerReleases.*.md together.
/// </summary>
internal static class VpnLintDescriptors
{
    public static readonly DiagnosticDescriptor MissingRequiredParameter = RuleDescriptors.Create(RuleIds.MissingRequiredParameter);

    public static readonly DiagnosticDescriptor WrongValueType = RuleDescriptors.Create(RuleIds.WrongValueType);

    public static readonly DiagnosticDescriptor UnknownParameter = RuleDescriptors.Create(RuleIds.UnknownParameter);

    public static readonly DiagnosticDescriptor ValueNotAllowed = RuleDescriptors.Create(RuleIds.ValueNotAllowed);

    public static readonly DiagnosticDescriptor DuplicateKey = RuleDescriptors.Create(RuleIds.DuplicateKey);

    public static readonly DiagnosticDescriptor InvalidAnalyzerSetting = RuleDescriptors.Create(RuleIds.InvalidAnalyzerSetting, reportedAtCompilationEnd: true);

    public static readonly DiagnosticDescriptor InvalidName = RuleDescriptors.Create(RuleIds.InvalidName);

    public static readonly DiagnosticDescriptor InvalidClientToken = RuleDescriptors.Create(RuleIds.InvalidClientToken);

    public static readonly DiagnosticDescriptor InvalidCidr = RuleDescriptors.Create(RuleIds.InvalidCidr);

    public static readonly DiagnosticDescriptor CidrHostBitsSet = RuleDescriptors.Create(RuleIds.CidrHostBitsSet);

    public static readonly DiagnosticDescriptor ClientPoolPrefixLength = RuleDescriptors.Create(RuleIds.ClientPoolPrefixLength);

    public static readonly DiagnosticDescriptor LocalSubnetPrefixLength = RuleDescriptors.Create(RuleIds.LocalSubnetPrefixLength);

    public static readonly DiagnosticDescriptor ClientPoolReservedRange = RuleDescriptors.Create(RuleIds.ClientPoolReservedRange);

    public static readonly DiagnosticDescriptor LocalSubnetReservedRange = RuleDescriptors.Create(RuleIds.LocalSubnetReservedRange);

    public static readonly DiagnosticDescriptor ClientPoolOverlapsLocalSubnet = RuleDescriptors.Create(RuleIds.ClientPoolOverlapsLocalSubnet);

    public static readonly DiagnosticDescriptor ClientPoolOverlapsVpc = RuleDescriptors.Create(RuleIds.ClientPoolOverlapsVpc);

    public static readonly DiagnosticDescriptor ClientPoolNotPrivate = RuleDescriptors.Create(RuleIds.ClientPoolNotPrivate);

    public static readonly DiagnosticDescriptor LocalSubnetList = RuleDescriptors.Create(RuleIds.LocalSubnetList);

    public static readonly DiagnosticDescriptor ClientPoolTooSmall = RuleDescriptors.Create(RuleIds.ClientPoolTooSmall);

    public static readonly DiagnosticDescriptor PortOutOfRange = RuleDescriptors.Create(RuleIds.PortOutOfRange);

    public static readonly DiagnosticDescriptor ReservedPort = RuleDescriptors.Create(RuleIds.ReservedPort);

    public static readonly DiagnosticDescriptor EncryptionOff = RuleDescriptors.Create(RuleIds.EncryptionOff);

    public static readonly DiagnosticDescriptor CompressionOn = RuleDescriptors.Create(RuleIds.CompressionOn);

    public static readonly DiagnosticDescriptor MultiFactorAuthIncomplete = RuleDescriptors.Create(RuleIds.MultiFactorAuthIncomplete);

    public static readonly DiagnosticDescriptor IdaasWithoutMultiFactorAuth = RuleDescriptors.Create(RuleIds.IdaasWithoutMultiFactorAuth);

    public static readonly DiagnosticDescriptor IpsecNoAuthentication = RuleDescriptors.Create(RuleIds.IpsecNoAuthentication);

    public static readonly DiagnosticDescriptor PskLength = RuleDescriptors.Create(RuleIds.PskLength);

    public static readonly DiagnosticDescriptor PskInClearText = RuleDescriptors.Create(RuleIds.PskInClearText);

    public static readonly DiagnosticDescriptor IpsecConfigNotObject = RuleDescriptors.Create(RuleIds.IpsecConfigNotObject);

    public static readonly DiagnosticDescriptor LifetimeOutOfRange = RuleDescriptors.Create(RuleIds.LifetimeOutOfRange);

    public static readonly DiagnosticDescriptor WeakNegotiation = RuleDescriptors.Create(RuleIds.WeakNegotiation);

    public static readonly DiagnosticDescriptor InvalidIpsecIdentifier = RuleDescriptors.Create(RuleIds.InvalidIpsecIdentifier);

    public static readonly DiagnosticDescriptor BandwidthNotAllowed = RuleDescriptors.Create(RuleIds.BandwidthNotAllowed);

    public static readonly DiagnosticDescriptor SslConnectionsNotAllowed = RuleDescriptors.Create(RuleIds.SslConnectionsNotAllowed);

    public static readonly DiagnosticDescriptor SslConnectionsWithoutSsl = RuleDescriptors.Create(RuleIds.SslConnectionsWithoutSsl);

    public static readonly DiagnosticDescriptor NoVpnEnabled = RuleDescriptors.Create(RuleIds.NoVpnEnabled);

    public static readonly DiagnosticDescriptor SslOnPrivateGateway = RuleDescriptors.Create(RuleIds.SslOnPrivateGateway);

    public static readonly DiagnosticDescriptor PeriodNotAllowed = RuleDescriptors.Create(RuleIds.PeriodNotAllowed);

    public static readonly DiagnosticDescriptor SubscriptionOptionOnPayAsYouGo = RuleDescriptors.Create(RuleIds.SubscriptionOptionOnPayAsYouGo);

    public static readonly DiagnosticDescriptor DisasterRecoveryWithoutVSwitch = RuleDescriptors.Create(RuleIds.DisasterRecoveryWithoutVSwitch);

    public static readonly DiagnosticDescriptor ServerOnGatewayWithoutSsl = RuleDescriptors.Create(RuleIds.ServerOnGatewayWithoutSsl);

    public static readonly DiagnosticDescriptor SecondServerOnGateway = RuleDescriptors.Create(RuleIds.SecondServerOnGateway);

    public static readonly DiagnosticDescriptor ClientPoolsOverlapInVpc = RuleDescriptors.Create(RuleIds.ClientPoolsOverlapInVpc);

    // After the fields: static initializers run in declaration order.
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        MissingRequiredParameter,
        WrongValueType,
        UnknownParameter,
        ValueNotAllowed,
        DuplicateKey,
        InvalidAnalyzerSetting,
        InvalidName,
        InvalidClientToken,
        InvalidCidr,
        CidrHostBitsSet,
        ClientPoolPrefixLength,
        LocalSubnetPrefixLength,
        ClientPoolReservedRange,
        LocalSubnetReservedRange,
        ClientPoolOverlapsLocalSubnet,
        ClientPoolOverlapsVpc,
        ClientPoolNotPrivate,
        LocalSubnetList,
        ClientPoolTooSmall,
        PortOutOfRange,
        ReservedPort,
        EncryptionOff,
        CompressionOn,
        MultiFactorAuthIncomplete,
        IdaasWithoutMultiFactorAuth,
        IpsecNoAuthentication,
        PskLength,
        PskInClearText,
        IpsecConfigNotObject,
        LifetimeOutOfRange,
        WeakNegotiation,
        InvalidIpsecIdentifier,
        BandwidthNotAllowed,
        SslConnectionsNotAllowed,
        SslConnectionsWithoutSsl,
        NoVpnEnabled,
        SslOnPrivateGateway,
        PeriodNotAllowed,
        SubscriptionOptionOnPayAsYouGo,
        DisasterRecoveryWithoutVSwitch,
        ServerOnGatewayWithoutSsl,
        SecondServerOnGateway,
        ClientPoolsOverlapInVpc);

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = All.ToImmutableDictionary(descriptor => descriptor.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;
}
