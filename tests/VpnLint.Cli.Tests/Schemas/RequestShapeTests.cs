using VpnLint.Cli.Parsing;
using VpnLint.Cli.Schemas;
using VpnLint.Cli.Tests.Support;
using VpnLint.Rules;

namespace VpnLint.Cli.Tests.Schemas;

/// <summary>Requests share a schema verdict exactly when nothing a schema looks at differs between them.</summary>
[TestClass]
public sealed class RequestShapeTests
{
    private const string Server = "Action: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nClientIpPool: 192.168.0.0/24\nLocalSubnet: 10.0.0.0/8\nProto: UDP\nPort: 1194\n";

    private static string Shape(string yaml) => RequestShape.Of(RequestCorpus.FromText(yaml, FileFormat.Yaml).Single());

    [TestMethod]
    public void ValuesNoSchemaConstrains_DoNotMakeANewShape()
    {
        var other = Server.Replace("192.168.0.0/24", "10.9.0.0/16", StringComparison.Ordinal).Replace("vpn-1", "vpn-2", StringComparison.Ordinal).Replace("1194", "443", StringComparison.Ordinal);

        Assert.AreEqual(Shape(Server), Shape(other));
    }

    [TestMethod]
    [DataRow("Proto: UDP", "Proto: udp")]
    [DataRow("Action: CreateSslVpnServer", "Action: ModifySslVpnServer")]
    [DataRow("Port: 1194", "Port: '1194'")]
    [DataRow("Port: 1194", "Port: 1194.5")]
    [DataRow("RegionId: cn-hangzhou", "RegionId: ' '")]
    [DataRow("RegionId: cn-hangzhou", "Regionid: cn-hangzhou")]
    [DataRow("Port: 1194", "Port: [1194]")]
    [DataRow("Port: 1194", "Port: null")]
    public void AnythingASchemaLooksAt_MakesANewShape(string original, string changed)
    {
        Assert.AreNotEqual(Shape(Server), Shape(Server.Replace(original, changed, StringComparison.Ordinal)));
    }

    [TestMethod]
    public void ACachedVerdict_IsJudgedAgainstEachRequestsOwnValues()
    {
        var first = RequestCorpus.FromText("Action: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nClientIpPool: 192.168.0.0/24\nPort: '1194'\n", FileFormat.Yaml).Single();
        var second = RequestCorpus.FromText("# another file\nAction: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-2\nClientIpPool: 10.0.0.0/24\nPort: '8443'\n", FileFormat.Yaml).Single();
        Assert.AreEqual(RequestShape.Of(first), RequestShape.Of(second));

        var schemaValidated = new CheckOptions(SchemaValidation.Instance);
        var findings = RuleEngine.Check(first, new(), schemaValidated).Concat(RuleEngine.Check(second, new(), schemaValidated)).Where(finding => finding.RuleId == "VPN004").ToList();

        Assert.HasCount(2, findings);
        Assert.Contains("write 1194 without quotes", findings[0].Message);
        Assert.Contains("write 8443 without quotes", findings[1].Message);
        Assert.AreEqual(6, findings[1].Span.StartLine);
        Assert.AreEqual(Severity.Warning, findings[1].Severity);
    }
}
