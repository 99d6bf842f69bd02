using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Requests;

[TestClass]
public sealed class InvalidNameTests
{
    private static IReadOnlyList<Finding> Gateway(string name) =>
        Lint.Check(ApiKind.CreateVpnGateway, JsonEdit.Set(ValidRequests.Gateway, "Name", JsonEdit.Quoted(name)), RuleIds.InvalidName);

    private static IReadOnlyList<Finding> SslServer(ApiKind api, string name) =>
        Lint.Check(api, JsonEdit.Set(api == ApiKind.CreateSslVpnServer ? ValidRequests.SslServer : ValidRequests.ModifySslServer, "Name", JsonEdit.Quoted(name)), RuleIds.InvalidName);

    [TestMethod]
    public void GatewayName2Characters_IsAllowed_1IsNot()
    {
        Assert.IsEmpty(Gateway("ab"));
        Assert.AreEqual("Name \"a\" is invalid: it must be 2 to 100 characters long, and it has 1", Gateway("a").Single().Message);
    }

    [TestMethod]
    public void GatewayName100Characters_IsAllowed_101IsNot()
    {
        Assert.IsEmpty(Gateway("g" + new string('x', 99)));
        Assert.HasCount(1, Gateway("g" + new string('x', 100)));
    }

    [TestMethod]
    [DataRow("1gateway", "it must start with a letter")]
    [DataRow("_gateway", "it must start with a letter")]
    [DataRow("gate way", "it may hold only letters, digits, _, - and ., not ' '")]
    [DataRow("gate/way", "it may hold only letters, digits, _, - and ., not '/'")]
    [DataRow("http://gw", "it must not start with http:// or https://")]
    [DataRow("HTTPS://gw", "it must not start with http:// or https://")]
    public void GatewayNameFormat_IsEnforced(string name, string problem)
    {
        Assert.EndsWith(problem, Gateway(name).Single().Message);
    }

    [TestMethod]
    [DataRow("my-vpn_1.prod")]
    [DataRow("网关一")]
    public void GatewayNameOfLettersDigitsAndPunctuation_IsAllowed(string name)
    {
        Assert.IsEmpty(Gateway(name));
    }

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer)]
    [DataRow(ApiKind.ModifySslVpnServer)]
    public void SslServerName1Character_IsAllowed_0IsNot(ApiKind api)
    {
        Assert.IsEmpty(SslServer(api, "s"));
        Assert.EndsWith("it must be 1 to 100 characters long, and it has 0", SslServer(api, string.Empty).Single().Message);
    }

    [TestMethod]
    [DataRow(ApiKind.CreateSslVpnServer)]
    [DataRow(ApiKind.ModifySslVpnServer)]
    public void SslServerName100Characters_IsAllowed_101IsNot(ApiKind api)
    {
        Assert.IsEmpty(SslServer(api, new string('s', 100)));
        Assert.HasCount(1, SslServer(api, new string('s', 101)));
    }

    [TestMethod]
    public void SslServerName_MayStartWithADigitOrHoldSpaces_ButNotAUrlScheme()
    {
        Assert.IsEmpty(SslServer(ApiKind.CreateSslVpnServer, "1 ssl server!"));
        Assert.HasCount(1, SslServer(ApiKind.CreateSslVpnServer, "https://ssl"));
    }

    [TestMethod]
    public void IpsecServerName1To100Characters_IsAllowed()
    {
        IReadOnlyList<Finding> Ipsec(string name) =>
            Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "IpSecServerName", JsonEdit.Quoted(name)), RuleIds.InvalidName);

        Assert.IsEmpty(Ipsec("i"));
        Assert.IsEmpty(Ipsec(new string('i', 100)));
        Assert.HasCount(1, Ipsec(string.Empty));
        Assert.HasCount(1, Ipsec(new string('i', 101)));
    }

    [TestMethod]
    public void CharactersOutsideTheBasicPlane_CountOnce()
    {
        Assert.IsEmpty(SslServer(ApiKind.CreateSslVpnServer, string.Concat(Enumerable.Repeat("😀", 100))));
        Assert.HasCount(1, SslServer(ApiKind.CreateSslVpnServer, string.Concat(Enumerable.Repeat("😀", 101))));
    }

    [TestMethod]
    public void HuaweiCertificateName1To64_OfLettersDigitsUnderscoreHyphen()
    {
        IReadOnlyList<Finding> Certificate(string name) => Lint.Check(
            ApiKind.HuaweiCreateVpnServer,
            JsonEdit.Set(ValidRequests.HuaweiServer, "vpn_server.client_ca_certificates", $$"""[{"name": {{JsonEdit.Quoted(name)}}, "content": "x"}]"""),
            RuleIds.InvalidName);

        Assert.IsEmpty(Certificate("c"));
        Assert.IsEmpty(Certificate("client_ca-" + new string('8', 54)));
        Assert.HasCount(1, Certificate(string.Empty));
        Assert.HasCount(1, Certificate(new string('c', 65)));
        var finding = Certificate("client.ca").Single();
        Assert.EndsWith("it may hold only letters, digits, _ and -, not '.'", finding.Message);
        Assert.AreEqual("vpn_server.client_ca_certificates[0].name", finding.Path);
    }
}
