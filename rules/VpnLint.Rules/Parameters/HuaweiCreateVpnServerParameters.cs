using static VpnLint.Rules.Parameters.ParameterNames;

namespace VpnLint.Rules.Parameters;

/// <summary>
/// Huawei Cloud CreateVpnServer (002_df96631a4a0150fb.txt): the body <c>vpn_server</c>, with the path
/// parameters and the <c>X-Client-Token</c> header that a request file may give beside it.
/// </summary>
internal static class HuaweiCreateVpnServerParameters
{
    private static readonly ParameterDefinition ServerCertificateParameter = new(
        ServerCertificate, ParameterType.Object,
        "The server certificate; mandatory when SSL is the tunnel protocol (the only one). A certificate with a strong algorithm, such as RSA-3072 or RSA-4096, is recommended.",
        required: true,
        properties:
        [
            new(CertificateId, ParameterType.String, "The ID of a certificate uploaded to Cloud Certificate Manager (CCM).", required: true, example: "scs1716171403922"),
            new(CertificateSource, ParameterType.String, "Where the certificate comes from: CCM or SERVICE_SIGN.",
                allowedValues: ["CCM", "SERVICE_SIGN"], origin: ParameterOrigin.NewerThanPage),
        ]);

    private static readonly ParameterDefinition ClientCaCertificate = new(
        "client_ca_certificate", ParameterType.Object, "A client CA certificate.",
        properties:
        [
            new(CertificateName, ParameterType.String, "The certificate name: 1 to 64 letters, digits, underscores (_) and hyphens (-); generated when left out.",
                example: "client_ca_8sux3d"),
            new(CertificateContent, ParameterType.String,
                "The certificate in PEM form (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----); RSA-3072 or RSA-4096 is recommended.",
                required: true, isSecret: true),
        ]);

    private static readonly ParameterDefinition SslOptionsParameter = new(
        SslOptions, ParameterType.Object, "SSL options; mandatory when SSL is the tunnel protocol (the only one).",
        required: true,
        properties:
        [
            new(SslProtocol, ParameterType.String, "The protocol: TCP (default).", defaultValue: "TCP", allowedValues: ["TCP"]),
            new(SslPort, ParameterType.Integer, "The port: 443 (default) or 1194.", example: "443", defaultValue: "443"),
            new(EncryptionAlgorithm, ParameterType.String, "The encryption algorithm: AES-128-GCM (default) or AES-256-GCM.",
                defaultValue: "AES-128-GCM", allowedValues: ["AES-128-GCM", "AES-256-GCM"]),
            new(IsCompressed, ParameterType.Boolean, "Whether to compress data (default false).", defaultValue: "false"),
        ]);

    private static readonly ParameterDefinition VpnServerParameter = new(
        VpnServer, ParameterType.Object, "The server to create (CreateServerRequest).",
        required: true,
        properties:
        [
            new(TunnelProtocol, ParameterType.String, "The tunnel protocol: SSL (default).", defaultValue: "SSL", allowedValues: ["SSL"]),
            new(ClientCidr, ParameterType.String,
                "The client CIDR block: more than four times as many available addresses as the gateway's maximum connections; not 0.0.0.0/8, 127.0.0.0/8, 224.0.0.0/4, 240.0.0.0/4 or 169.254.0.0/16; no conflict with the VPC's routes or the local CIDR blocks.",
                required: true, example: "192.168.1.0/24"),
            new(LocalSubnets, ParameterType.Array,
                "The local CIDR blocks clients reach: 1 to 20 of them, not in 0.0.0.0/8, 127.0.0.0/8, 224.0.0.0/4 or 240.0.0.0/4.",
                required: true, example: "10.10.1.0/24",
                items: new("local_subnet", ParameterType.String, "A local CIDR block.")),
            new(ClientAuthType, ParameterType.String,
                "The client authentication mode: CERT or LOCAL_PASSWORD (default); IAM and FEDERATED are newer than the page.",
                defaultValue: "LOCAL_PASSWORD", allowedValues: ["CERT", "LOCAL_PASSWORD", "IAM", "FEDERATED"]),
            ServerCertificateParameter,
            new(ClientCaCertificates, ParameterType.Array,
                "The client CA certificates that authenticate client certificates: 1 to 10 when client_auth_type is CERT.",
                items: ClientCaCertificate),
            SslOptionsParameter,
            new(HuaweiDnsServers, ParameterType.Array, "The DNS servers pushed to clients (IPv4 addresses).",
                items: new("dns_server", ParameterType.String, "An IPv4 address."), origin: ParameterOrigin.NewerThanPage),
            new(IdpName, ParameterType.String, "The identity provider name, for federated authentication.", origin: ParameterOrigin.NewerThanPage),
        ]);

    public static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        new(ProjectId, ParameterType.String, "The project ID (path parameter).", origin: ParameterOrigin.Envelope),
        new(P2cVgwId, ParameterType.String, "The ID of the P2C VPN gateway (path parameter).", origin: ParameterOrigin.Envelope),
        new(XClientToken, ParameterType.String, "The ID of an idempotent request (header): a 36-character UUID.", origin: ParameterOrigin.Envelope),
        VpnServerParameter,
    ];
}
