using VpnLint.Cli.Parsing;
using VpnLint.Cli.Schemas;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules;
using VpnLint.Rules.Model;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Schemas;

/// <summary>The JSON Schema path (NJsonSchema's verdicts, judged by the engine) gives exactly the structural findings of the engine's own walk.</summary>
[TestClass]
public sealed class SchemaValidationTests
{
    private static readonly CheckOptions SchemaValidated = new(SchemaValidation.Instance);

    private static readonly string[] StructuralRules = ["VPN003", "VPN004", "VPN005", "VPN006"];

    /// <summary>Requests that break VPN003 to VPN006 in every way the schemas can see, and a few they cannot.</summary>
    private static readonly string[] Corpus =
    [
        "Action: CreateSslVpnServer\nRegionId: ''\nVpnGatewayId: '  '\nClientIpPool: null\nLocalSubnet: [10.0.0.0/8]\nPort: '1194'\nCompress: 'true'\nProto: udp\nCipher: 5\nName: 12\nDryRun: 'false'\nclientIpPool: 10.0.0.0/24\n",
        "Action: ModifySslVpnServer\nRegionId: cn-hangzhou\nPort: 1.5\nEnableMultiFactorAuth: yes\nProto: {a: b}\nVersion: '2014-01-01'\nOwnerId: abc\n",
        "Action: CreateVpnGateway\nVpcId: 7\nBandwidth: '10'\nNetworkType: PUBLIC\nVpnType: normal\nInstanceChargeType: [POSTPAY]\nEnableSsl: 1\nSslConnections: ten\n",
        "Action: CreateIpsecServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nLocalSubnet: 10.0.0.0/24\nClientIpPool: 10.1.0.0/24\nPskEnabled: 'true'\nDryRun: true\nIkeConfig: {IkeVersion: IKEv1, IkeLifetime: '600', Extra: 1}\nIpsecConfig: {IpsecPfs: 5, IpsecLifetime: x}\n",
        "Action: CreateIpsecServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nLocalSubnet: 10.0.0.0/24\nClientIpPool: 10.1.0.0/24\nPskEnabled: true\nIkeConfig: '{\"IkeVersion\":\"IKEv1\",\"Unknown\":1,\"IkeLifetime\":\"600\"}'\nIpsecConfig: 7\n",
        "project_id: 5\nX-Client-Token: [a]\nvpn_server:\n  tunnel_protocol: ssl\n  client_cidr: ''\n  local_subnets: [10.0.0.0/24, 5, [x]]\n  client_auth_type: cert\n  server_certificate: {source: ccm, idd: x}\n  client_ca_certificates: [{name: a}, 5, {content: '', extra: 1}]\n  ssl_options: {protocol: udp, port: '443', encryption_algorithm: aes, is_compressed: 'no', cipher: x}\n  dns_servers: 8.8.8.8\n  typo: 1\n",
        "vpn_server: 5\n",
        "vpn_server:\n  client_cidr: 10.0.0.0/24\n  local_subnets: 10.1.0.0/24\n  server_certificate: scs1\n  ssl_options: [TCP]\n",
        "vpn_server: {client_cidr: null, local_subnets: null, server_certificate: null, ssl_options: null}\n",
        "{\"Action\": \"CreateSslVpnServer\", \"RegionId\": \"cn-hangzhou\", \"RegionId\": 5, \"Port\": \"x\", \"Port\": 1194}",
    ];

    [TestMethod]
    public void SchemaPath_GivesTheEnginesStructuralFindings_OnTheCorpus()
    {
        var compared = 0;
        foreach (var text in Corpus)
        {
            var format = text.StartsWith('{') ? FileFormat.Json : FileFormat.Yaml;
            foreach (var request in RequestCorpus.FromText(text, format))
            {
                AssertSameStructuralFindings(request, text);
                compared++;
            }
        }

        Assert.AreEqual(Corpus.Length, compared);
    }

    [TestMethod]
    public void SchemaPath_GivesTheEnginesStructuralFindings_OnTheSamples()
    {
        var files = Directory.GetFiles(Repository.PathOf("samples", "requests"), "*.*", SearchOption.AllDirectories);
        Assert.IsNotEmpty(files);
        foreach (var file in files)
        {
            foreach (var request in RequestCorpus.FromFile(file))
            {
                AssertSameStructuralFindings(request, file);
            }
        }
    }

    /// <summary>Every member of every sample request, at every depth, replaced in turn by each value of a set of wrong ones.</summary>
    [TestMethod]
    public void SchemaPath_GivesTheEnginesStructuralFindings_OnEveryMutationOfTheSamples()
    {
        int compared = 0, findings = 0;
        foreach (var file in Directory.GetFiles(Repository.PathOf("samples", "requests"), "*.*", SearchOption.AllDirectories))
        {
            foreach (var request in RequestCorpus.FromFile(file))
            {
                foreach (var mutant in Mutants(request.Root))
                {
                    findings += AssertSameStructuralFindings(new Request(request.Api, mutant), file);
                    compared++;
                }
            }
        }

        Assert.IsGreaterThan(1_000, compared);
        Assert.IsGreaterThan(compared, findings);
    }

    [TestMethod]
    public void SchemaPath_FindsEachKindOfViolation()
    {
        var request = RequestCorpus.FromText(Corpus[0], FileFormat.Yaml).Single();

        var rules = RuleEngine.Check(request, new CheckContext(), SchemaValidated).Where(finding => StructuralRules.Contains(finding.RuleId)).Select(finding => finding.RuleId).Distinct().Order();

        CollectionAssert.AreEqual(StructuralRules, rules.ToArray());
    }

    private static IEnumerable<ObjectValue> Mutants(ObjectValue root)
    {
        for (var index = 0; index < root.Members.Count; index++)
        {
            var member = root.Members[index];
            foreach (var value in WrongValues(member.Value.Span))
            {
                yield return Replace(root, index, new RequestMember(member.Name, member.NameSpan, value));
            }

            yield return Replace(root, index, new RequestMember(member.Name.ToUpperInvariant(), member.NameSpan, member.Value));
            yield return new ObjectValue([.. root.Members.Where((_, other) => other != index)], root.Span);
            if (member.Value is ObjectValue nested)
            {
                foreach (var mutant in Mutants(nested))
                {
                    yield return Replace(root, index, new RequestMember(member.Name, member.NameSpan, mutant));
                }
            }
        }
    }

    private static ObjectValue Replace(ObjectValue root, int index, RequestMember member) =>
        new([.. root.Members.Take(index), member, .. root.Members.Skip(index + 1)], root.Span);

    private static IEnumerable<RequestValue> WrongValues(SourceSpan span) =>
    [
        new NullValue(span),
        new StringValue(string.Empty, span),
        new StringValue("  ", span),
        new StringValue("x", span),
        new StringValue("1194", span),
        new StringValue("TRUE", span),
        new StringValue("{\"IkeVersion\":\"IKEv2\",\"Extra\":1}", span),
        new NumberValue(5, "5", span),
        new NumberValue(1.5, "1.5", span),
        new BooleanValue(true, span),
        new ArrayValue([new StringValue("10.0.0.0/8", span), new NumberValue(7, "7", span)], span),
        new ObjectValue([new RequestMember("id", span, new StringValue("a", span)), new RequestMember("Unknown", span, new BooleanValue(false, span))], span),
    ];

    /// <returns>How many structural findings both gave.</returns>
    private static int AssertSameStructuralFindings(Request request, string origin)
    {
        var context = new CheckContext();
        var engine = Describe(RuleEngine.Check(request, context));
        var schema = Describe(RuleEngine.Check(request, context, SchemaValidated));

        Assert.AreEqual(string.Join("\n", engine), string.Join("\n", schema), origin);
        return engine.Count();
    }

    private static IEnumerable<string> Describe(IEnumerable<Finding> findings) => findings
        .Where(finding => StructuralRules.Contains(finding.RuleId))
        .Select(finding => $"{finding.RuleId} {finding.Severity} {finding.Path} {finding.Span} {finding.Message}")
        .Order(StringComparer.Ordinal);
}
