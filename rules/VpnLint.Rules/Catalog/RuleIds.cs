namespace VpnLint.Rules.Catalog;

/// <summary>
/// Every rule ID, once, named for its concept: the stable contract that the CLI, SARIF, the analyzers,
/// suppressions and the docs share. An ID never changes meaning once shipped.
/// </summary>
public static class RuleIds
{
    public const string MalformedFile = "VPN001";
    public const string UndeterminedApi = "VPN002";
    public const string MissingRequiredParameter = "VPN003";
    public const string WrongValueType = "VPN004";
    public const string UnknownParameter = "VPN005";
    public const string ValueNotAllowed = "VPN006";
    public const string DuplicateKey = "VPN007";
    public const string InvalidAnalyzerSetting = "VPN008";
    public const string InvalidName = "VPN010";
    public const string InvalidClientToken = "VPN011";

    public const string InvalidCidr = "VPN100";
    public const string CidrHostBitsSet = "VPN101";
    public const string ClientPoolPrefixLength = "VPN102";
    public const string LocalSubnetPrefixLength = "VPN103";
    public const string ClientPoolReservedRange = "VPN104";
    public const string LocalSubnetReservedRange = "VPN105";
    public const string ClientPoolOverlapsLocalSubnet = "VPN106";
    public const string ClientPoolOverlapsVpc = "VPN107";
    public const string ClientPoolNotPrivate = "VPN108";
    public const string LocalSubnetList = "VPN109";

    public const string ClientPoolTooSmall = "VPN200";

    public const string PortOutOfRange = "VPN300";
    public const string ReservedPort = "VPN301";
    public const string HuaweiPortNotAllowed = "VPN302";
    public const string EncryptionOff = "VPN303";
    public const string CompressionOn = "VPN304";

    public const string MultiFactorAuthIncomplete = "VPN400";
    public const string IdaasWithoutMultiFactorAuth = "VPN401";
    public const string ClientCaCertificateCount = "VPN402";
    public const string ClientCaCertificateNotPem = "VPN403";
    public const string WeakCertificate = "VPN404";
    public const string IpsecNoAuthentication = "VPN405";
    public const string PskLength = "VPN406";
    public const string PskInClearText = "VPN407";

    public const string IpsecConfigNotObject = "VPN500";
    public const string LifetimeOutOfRange = "VPN501";
    public const string WeakNegotiation = "VPN502";
    public const string InvalidIpsecIdentifier = "VPN503";

    public const string BandwidthNotAllowed = "VPN600";
    public const string SslConnectionsNotAllowed = "VPN601";
    public const string SslConnectionsWithoutSsl = "VPN602";
    public const string NoVpnEnabled = "VPN603";
    public const string SslOnPrivateGateway = "VPN604";
    public const string PeriodNotAllowed = "VPN605";
    public const string SubscriptionOptionOnPayAsYouGo = "VPN606";
    public const string DisasterRecoveryWithoutVSwitch = "VPN607";

    public const string ServerOnGatewayWithoutSsl = "VPN700";
    public const string SecondServerOnGateway = "VPN701";
    public const string ClientPoolsOverlapInVpc = "VPN702";
}
