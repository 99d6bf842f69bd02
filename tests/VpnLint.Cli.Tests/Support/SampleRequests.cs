namespace VpnLint.Cli.Tests.Support;

/// <summary>Small request files the tests change one thing of.</summary>
internal static class SampleRequests
{
    public const string SslServerYaml = """
        Action: CreateSslVpnServer
        RegionId: cn-hangzhou
        VpnGatewayId: vpn-bp1hgim8by0kc9nga0001
        ClientIpPool: 192.168.0.0/24
        LocalSubnet: 10.0.0.0/8
        Port: 1194
        Compress: false

        """;

    public const string SslServerJson = """
        {
          "Action": "CreateSslVpnServer",
          "RegionId": "cn-hangzhou",
          "VpnGatewayId": "vpn-bp1hgim8by0kc9nga0001",
          "ClientIpPool": "192.168.0.0/24",
          "LocalSubnet": "10.0.0.0/8",
          "Port": 1194,
          "Compress": false
        }

        """;
}
