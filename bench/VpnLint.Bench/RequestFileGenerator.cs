using System.Globalization;
using System.Text;

namespace VpnLint.Bench;

/// <summary>
/// Writes N request files, the same for the same N and seed: all five APIs, JSON and YAML, about one in
/// three with a mistake, and one in ten a bundle of a gateway and its servers.
/// </summary>
internal static class RequestFileGenerator
{
    public static void Write(string folder, int count, int seed)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var random = new Random(seed);
        for (var index = 0; index < count; index++)
        {
            var sub = Path.Combine(folder, (index / 500).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            var invalid = random.Next(3) == 0;
            var json = random.Next(2) == 0;
            var kind = index % 10 == 9 ? 5 : random.Next(5);
            var request = Request(kind, index, invalid, random);
            var name = Path.Combine(sub, $"request-{index:D5}.{(json ? "json" : "yaml")}");
            File.WriteAllText(name, json ? Json(request) : Yaml(request));
        }
    }

    private static List<(string Name, object Value)> Request(int kind, int index, bool invalid, Random random)
    {
        var octet = (index % 200) + 10;
        return kind switch
        {
            0 => [("Action", "CreateVpnGateway"), ("RegionId", "cn-hangzhou"), ("VpcId", $"vpc-bench{index:D6}"), ("Bandwidth", invalid ? 5 : 100), ("EnableSsl", true), ("SslConnections", invalid ? 30 : 50), ("NetworkType", "public")],
            1 => [("Action", "CreateSslVpnServer"), ("RegionId", "cn-hangzhou"), ("VpnGatewayId", $"vpn-bench{index:D6}"), ("ClientIpPool", invalid ? "100.64.0.0/28" : $"192.168.{octet}.0/24"), ("LocalSubnet", invalid ? "10.0.0.0/8,10.1.0.0/33" : $"10.{octet}.0.0/16,172.16.{octet}.0/24"), ("Port", invalid ? 443 : 1194), ("Proto", invalid ? "udp" : "UDP"), ("Compress", false)],
            2 => [("Action", "ModifySslVpnServer"), ("RegionId", "cn-shanghai"), ("SslVpnServerId", $"vss-bench{index:D6}"), ("ClientIpPool", $"10.{octet}.0.0/{(invalid ? 30 : 22)}"), ("LocalSubnet", $"172.20.{octet}.0/24"), ("Compress", invalid)],
            3 => [("Action", "CreateIpsecServer"), ("RegionId", "cn-hangzhou"), ("VpnGatewayId", $"vpn-bench{index:D6}"), ("LocalSubnet", $"192.168.{octet}.0/24"), ("ClientIpPool", invalid ? $"192.168.{octet}.128/25" : $"10.{octet}.0.0/24"), ("PskEnabled", true), ("Psk", "${IPSEC_PSK}"), ("IkeConfig", invalid ? "{\"IkeVersion\":\"ikev1\",\"IkeLifetime\":90000}" : "{\"IkeVersion\":\"ikev2\",\"IkeAuthAlg\":\"sha256\",\"IkePfs\":\"group14\"}")],
            4 => [("vpn_server", new List<(string, object)> { ("client_cidr", invalid ? "240.0.0.0/24" : $"172.{16 + (octet % 16)}.{octet}.0/24"), ("local_subnets", new[] { $"10.{octet}.0.0/24", $"10.{octet}.1.0/24" }), ("server_certificate", new List<(string, object)> { ("id", $"scs{index:D10}") }), ("ssl_options", new List<(string, object)> { ("port", invalid ? 8443 : 443), ("encryption_algorithm", "AES-256-GCM") }) })],
            _ => [("requests", new[] { Request(0, index, false, random), Request(1, index, invalid, random), Request(3, index, invalid, random) })],
        };
    }

    private static string Json(List<(string Name, object Value)> request)
    {
        var text = new StringBuilder();
        WriteJson(text, request, 0);
        return text.Append('\n').ToString();
    }

    private static void WriteJson(StringBuilder text, object value, int depth)
    {
        var indent = new string(' ', (depth + 1) * 2);
        switch (value)
        {
            case List<(string Name, object Value)> members:
                text.Append("{\n");
                for (var index = 0; index < members.Count; index++)
                {
                    text.Append(indent).Append('"').Append(members[index].Name).Append("\": ");
                    WriteJson(text, members[index].Value, depth + 1);
                    text.Append(index + 1 < members.Count ? ",\n" : "\n");
                }

                text.Append(new string(' ', depth * 2)).Append('}');
                break;
            case System.Collections.IEnumerable items and not string:
                text.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    text.Append(first ? string.Empty : ", ");
                    WriteJson(text, item, depth + 1);
                    first = false;
                }

                text.Append(']');
                break;
            case string scalar:
                text.Append(System.Text.Json.JsonSerializer.Serialize(scalar));
                break;
            case bool flag:
                text.Append(flag ? "true" : "false");
                break;
            default:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static string Yaml(List<(string Name, object Value)> request)
    {
        var text = new StringBuilder();
        WriteYaml(text, request, string.Empty);
        return text.ToString();
    }

    private static void WriteYaml(StringBuilder text, List<(string Name, object Value)> members, string indent)
    {
        foreach (var (name, value) in members)
        {
            switch (value)
            {
                case List<(string Name, object Value)> nested:
                    text.Append(indent).Append(name).Append(":\n");
                    WriteYaml(text, nested, indent + "  ");
                    break;
                case List<(string Name, object Value)>[] requests:
                    text.Append(indent).Append(name).Append(":\n");
                    foreach (var request in requests)
                    {
                        var item = new StringBuilder();
                        WriteYaml(item, request, indent + "    ");
                        text.Append(indent).Append("  - ").Append(item.ToString().TrimStart());
                    }

                    break;
                case string[] items:
                    text.Append(indent).Append(name).Append(": [").Append(string.Join(", ", items)).Append("]\n");
                    break;
                case string scalar:
                    text.Append(indent).Append(name).Append(": ").Append(scalar.StartsWith('{') || scalar.StartsWith('$') ? "'" + scalar + "'" : scalar).Append('\n');
                    break;
                case bool flag:
                    text.Append(indent).Append(name).Append(": ").Append(flag ? "true" : "false").Append('\n');
                    break;
                default:
                    text.Append(indent).Append(name).Append(": ").Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
                    break;
            }
        }
    }
}
