using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VpnLint.Bench;

/// <summary>
/// Writes a Terraform plan of N resources, as terraform show -json writes it (one line: resource_changes,
/// planned_values, configuration), and the same requests as raw request files: groups of a gateway, an SSL server and an IPsec
/// server that refer to it, and a Huawei server; about one in three with a mistake. The raw requests are
/// written twice: one bundle file per group, and all of them in one bundle, which is how the plan is judged.
/// </summary>
internal static class PlanGenerator
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string planPath, string bundlesFolder, string oneBundlePath, int resources, int seed)
    {
        if (Directory.Exists(bundlesFolder))
        {
            Directory.Delete(bundlesFolder, recursive: true);
        }

        Directory.CreateDirectory(bundlesFolder);
        var random = new Random(seed);
        var changes = new JsonArray();
        var planned = new JsonArray();
        var configured = new JsonArray();
        var everything = new JsonArray();
        for (var group = 0; group * 4 < resources; group++)
        {
            var invalid = random.Next(3) == 0;
            var gateway = $"gw{group:D4}";
            var octet = (group % 200) + 10;
            var third = group / 200;
            var members = new List<(string Type, string Name, JsonObject After, JsonObject Raw)>
            {
                ("alicloud_vpn_gateway", gateway,
                    Object(("bandwidth", invalid ? 5 : 100), ("enable_ipsec", true), ("enable_ssl", true), ("ssl_connections", 50), ("payment_type", "Subscription"), ("period", 1), ("auto_pay", true), ("vpc_id", $"vpc-bench{group:D6}"), ("vpn_gateway_name", gateway)),
                    Object(("Action", "CreateVpnGateway"), ("RegionId", "cn-hangzhou"), ("x-vpnlint-id", gateway), ("VpcId", $"vpc-bench{group:D6}"), ("Name", gateway), ("AutoPay", true), ("EnableIpsec", true), ("EnableSsl", true), ("SslConnections", 50), ("InstanceChargeType", "PREPAY"), ("Bandwidth", invalid ? 5 : 100), ("Period", 1))),
                ("alicloud_ssl_vpn_server", $"ssl{group:D4}",
                    Object(("cipher", "AES-128-CBC"), ("client_ip_pool", invalid ? "100.64.0.0/28" : $"192.{168 - third}.{octet}.0/24"), ("compress", false), ("local_subnet", $"10.{octet}.0.0/16,172.16.{octet}.0/24"), ("name", $"ssl{group:D4}"), ("port", 1194), ("protocol", "UDP")),
                    Object(("Action", "CreateSslVpnServer"), ("RegionId", "cn-hangzhou"), ("VpnGatewayId", gateway), ("ClientIpPool", invalid ? "100.64.0.0/28" : $"192.{168 - third}.{octet}.0/24"), ("LocalSubnet", $"10.{octet}.0.0/16,172.16.{octet}.0/24"), ("Name", $"ssl{group:D4}"), ("Proto", "UDP"), ("Cipher", "AES-128-CBC"), ("Port", 1194), ("Compress", false))),
                ("alicloud_vpn_ipsec_server", $"ipsec{group:D4}",
                    Object(("client_ip_pool", $"10.{200 + (group % 50)}.{octet}.0/24"), ("ipsec_server_name", $"ipsec{group:D4}"), ("local_subnet", $"172.17.{octet}.0/24"), ("psk_enabled", true),
                        ("ike_config", new JsonArray(Object(("ike_auth_alg", "sha256"), ("ike_enc_alg", "aes256"), ("ike_lifetime", invalid ? 90000 : 86400), ("ike_mode", "main"), ("ike_pfs", "group14"), ("ike_version", invalid ? "ikev1" : "ikev2"), ("local_id", ""), ("remote_id", ""))))),
                    Object(("Action", "CreateIpsecServer"), ("RegionId", "cn-hangzhou"), ("VpnGatewayId", gateway), ("ClientIpPool", $"10.{200 + (group % 50)}.{octet}.0/24"), ("IpSecServerName", $"ipsec{group:D4}"), ("LocalSubnet", $"172.17.{octet}.0/24"), ("PskEnabled", true),
                        ("IkeConfig", Object(("IkeVersion", invalid ? "ikev1" : "ikev2"), ("IkeMode", "main"), ("IkeEncAlg", "aes256"), ("IkeAuthAlg", "sha256"), ("IkePfs", "group14"), ("IkeLifetime", invalid ? 90000 : 86400))))),
                ("huaweicloud_vpn_server", $"branch{group:D4}",
                    Object(("client_auth_type", "LOCAL_PASSWORD"), ("client_cidr", invalid ? "240.0.0.0/24" : $"172.{16 + (octet % 16)}.{octet}.0/24"), ("local_subnets", new JsonArray($"10.{octet}.0.0/24", $"10.{octet}.1.0/24")), ("p2c_vgw_id", $"p2c-{group:D6}"),
                        ("server_certificate", new JsonArray(Object(("id", $"scs{group:D10}")))), ("ssl_options", new JsonArray(Object(("encryption_algorithm", "AES-256-GCM"), ("port", invalid ? 8443 : 443)))), ("tunnel_protocol", "SSL")),
                    Object(("p2c_vgw_id", $"p2c-{group:D6}"), ("vpn_server", Object(("tunnel_protocol", "SSL"), ("client_cidr", invalid ? "240.0.0.0/24" : $"172.{16 + (octet % 16)}.{octet}.0/24"), ("local_subnets", new JsonArray($"10.{octet}.0.0/24", $"10.{octet}.1.0/24")), ("client_auth_type", "LOCAL_PASSWORD"),
                        ("server_certificate", Object(("id", $"scs{group:D10}"))), ("ssl_options", Object(("port", invalid ? 8443 : 443), ("encryption_algorithm", "AES-256-GCM"))))))),
            };
            var bundle = new JsonArray();
            foreach (var (type, name, after, raw) in members.Take(resources - (group * 4)))
            {
                var server = type is "alicloud_ssl_vpn_server" or "alicloud_vpn_ipsec_server";
                var address = type + "." + name;
                changes.Add(Object(("address", address), ("mode", "managed"), ("type", type), ("name", name), ("provider_name", "registry.terraform.io/aliyun/alicloud"),
                    ("change", Object(("actions", new JsonArray("create")), ("before", null), ("after", after.DeepClone()), ("after_unknown", server ? Object(("id", true), ("vpn_gateway_id", true)) : Object(("id", true))), ("before_sensitive", false), ("after_sensitive", new JsonObject())))));
                planned.Add(Object(("address", address), ("mode", "managed"), ("type", type), ("name", name), ("schema_version", 0), ("values", after.DeepClone()), ("sensitive_values", new JsonObject())));
                var expressions = new JsonObject();
                foreach (var (attribute, value) in after)
                {
                    expressions[attribute] = value is JsonArray blocks && blocks.All(block => block is JsonObject)
                        ? new JsonArray(blocks.Select(block => (JsonNode)new JsonObject(block!.AsObject().Select(member => KeyValuePair.Create(member.Key, (JsonNode?)Object(("constant_value", member.Value?.DeepClone())))))).ToArray())
                        : Object(("constant_value", value?.DeepClone()));
                }

                if (server)
                {
                    expressions["vpn_gateway_id"] = Object(("references", new JsonArray($"alicloud_vpn_gateway.{gateway}.id", $"alicloud_vpn_gateway.{gateway}")));
                }

                configured.Add(Object(("address", address), ("mode", "managed"), ("type", type), ("name", name), ("expressions", expressions), ("schema_version", 0)));
                bundle.Add(raw.DeepClone());
                everything.Add(raw);
            }

            File.WriteAllText(Path.Combine(bundlesFolder, $"group-{group:D4}.json"), Object(("requests", bundle)).ToJsonString(Indented) + "\n");
        }

        var plan = Object(("format_version", "1.2"), ("terraform_version", "1.11.4"), ("planned_values", Object(("root_module", Object(("resources", planned))))),
            ("resource_changes", changes), ("configuration", Object(("root_module", Object(("resources", configured))))));
        // terraform show -json writes one line; people write request files indented.
        File.WriteAllText(planPath, plan.ToJsonString() + "\n");
        File.WriteAllText(oneBundlePath, Object(("requests", everything)).ToJsonString(Indented) + "\n");
    }

    private static JsonObject Object(params (string Name, object? Value)[] members)
    {
        var result = new JsonObject();
        foreach (var (name, value) in members)
        {
            result[name] = value switch
            {
                null => null,
                JsonNode node => node,
                string text => text,
                bool flag => flag,
                int number => number,
                _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
            };
        }

        return result;
    }
}
