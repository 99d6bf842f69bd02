namespace VpnLint.Rules.Tests.Support;

/// <summary>One request per API that breaks no rule: the base each rule test changes one thing of.</summary>
internal static class ValidRequests
{
    public const string Gateway = """
        {
          "Action": "CreateVpnGateway",
          "RegionId": "cn-hangzhou",
          "VpcId": "vpc-bp1ub1yt9cvakoelj0001",
          "Name": "MYVPN",
          "Bandwidth": 10,
          "EnableIpsec": true,
          "EnableSsl": true,
          "SslConnections": 50,
          "InstanceChargeType": "POSTPAY",
          "NetworkType": "public"
        }
        """;

    public const string SslServer = """
        {
          "Action": "CreateSslVpnServer",
          "RegionId": "cn-hangzhou",
          "VpnGatewayId": "vpn-bp1hgim8by0kc9nga0001",
          "Name": "sslvpnname",
          "ClientIpPool": "192.168.0.0/24",
          "LocalSubnet": "10.0.0.0/8",
          "Proto": "UDP",
          "Cipher": "AES-256-CBC",
          "Port": 1194,
          "Compress": false
        }
        """;

    public const string ModifySslServer = """
        {
          "Action": "ModifySslVpnServer",
          "RegionId": "cn-hangzhou",
          "SslVpnServerId": "vss-bp18q7hzj6largv4v0001",
          "ClientIpPool": "10.30.30.0/24",
          "LocalSubnet": "10.20.20.0/24",
          "Compress": false
        }
        """;

    public const string IpsecServer = """
        {
          "Action": "CreateIpsecServer",
          "RegionId": "cn-hangzhou",
          "VpnGatewayId": "vpn-bp17lofy9fd0dnvzv0001",
          "LocalSubnet": "192.168.0.0/24",
          "ClientIpPool": "10.0.0.0/24",
          "PskEnabled": true,
          "Psk": "${IPSEC_PSK}",
          "IkeConfig": "{\"IkeVersion\":\"ikev2\",\"IkeEncAlg\":\"aes256\",\"IkeAuthAlg\":\"sha256\",\"IkePfs\":\"group14\",\"IkeLifetime\":86400}",
          "IpsecConfig": "{\"IpsecEncAlg\":\"aes256\",\"IpsecAuthAlg\":\"sha256\",\"IpsecPfs\":\"group14\",\"IpsecLifetime\":86400}"
        }
        """;

    public const string HuaweiServer = """
        {
          "vpn_server": {
            "tunnel_protocol": "SSL",
            "client_cidr": "172.16.0.0/24",
            "local_subnets": ["10.16.0.0/24", "10.16.1.0/24"],
            "client_auth_type": "LOCAL_PASSWORD",
            "server_certificate": { "id": "scs1716171403922" },
            "ssl_options": { "protocol": "TCP", "port": 443, "encryption_algorithm": "AES-128-GCM", "is_compressed": false }
          }
        }
        """;
}
