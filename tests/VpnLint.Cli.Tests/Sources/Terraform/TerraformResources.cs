using System.Text.Json.Nodes;

namespace VpnLint.Cli.Tests.Sources.Terraform;

/// <summary>The planned values of valid resources, which the tests change one thing of.</summary>
internal static class TerraformResources
{
    public const string Gateway = """
        {"auto_pay": true, "bandwidth": 100, "enable_ipsec": true, "enable_ssl": true, "payment_type": "Subscription", "period": 1,
         "ssl_connections": 50, "vpc_id": "vpc-bp1ub1yt9cvakoelj0001", "vpn_gateway_name": "office"}
        """;

    public const string SslServer = """
        {"cipher": "AES-128-CBC", "client_ip_pool": "192.168.0.0/24", "compress": false, "local_subnet": "10.0.0.0/8", "name": "office",
         "port": 1194, "protocol": "UDP", "vpn_gateway_id": "vpn-bp1hgim8by0kc9nga0001"}
        """;

    public const string IpsecServer = """
        {"client_ip_pool": "10.30.0.0/24", "ipsec_server_name": "roaming", "local_subnet": "172.16.0.0/16", "psk_enabled": true,
         "vpn_gateway_id": "vpn-bp1hgim8by0kc9nga0001",
         "ike_config": [{"ike_auth_alg": "sha256", "ike_enc_alg": "aes256", "ike_lifetime": 86400, "ike_mode": "main", "ike_pfs": "group14", "ike_version": "ikev2", "local_id": "", "remote_id": ""}]}
        """;

    public const string HuaweiServer = """
        {"client_auth_type": "LOCAL_PASSWORD", "client_cidr": "172.30.0.0/22", "local_subnets": ["10.20.0.0/16"], "p2c_vgw_id": "b0a3fe54-4bc9-4d3b-8e2a-2ad2d14bd6a0",
         "server_certificate": [{"id": "scs1716171403922"}], "ssl_options": [{"encryption_algorithm": "AES-256-GCM", "is_compressed": false, "port": 443, "protocol": "TCP"}],
         "tunnel_protocol": "SSL"}
        """;

    /// <summary>A server's vpn_gateway_id, unknown until its new gateway is created, and the reference that says which gateway.</summary>
    public const string GatewayIdUnknown = """{"vpn_gateway_id": true}""";

    public static IReadOnlyDictionary<string, string[]> OnGateway(string address) =>
        new Dictionary<string, string[]> { ["vpn_gateway_id"] = [address + ".id", address] };

    /// <summary>The resource with <paramref name="attribute"/> set to the JSON value <paramref name="json"/> (null for JSON null).</summary>
    public static string With(string resource, string attribute, string json)
    {
        var values = JsonNode.Parse(resource)!.AsObject();
        values[attribute] = JsonNode.Parse(json);
        return values.ToJsonString();
    }

    public static string Without(string resource, string attribute)
    {
        var values = JsonNode.Parse(resource)!.AsObject();
        values.Remove(attribute);
        return values.ToJsonString();
    }
}
