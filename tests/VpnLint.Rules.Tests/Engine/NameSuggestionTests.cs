using VpnLint.Rules.Engine;

namespace VpnLint.Rules.Tests.Engine;

[TestClass]
public sealed class NameSuggestionTests
{
    private static readonly string[] Names = ["ClientIpPool", "LocalSubnet", "client_cidr", "Port", "IDaaSInstanceId"];

    [TestMethod]
    [DataRow("ClientIPPool", "ClientIpPool")]
    [DataRow("clientippool", "ClientIpPool")]
    [DataRow("client-cidr", "client_cidr")]
    [DataRow("ClientCidr", "client_cidr")]
    [DataRow("LocalSubnets", "LocalSubnet")]
    [DataRow("Prot", "Port")]
    [DataRow("IdaasInstanceID", "IDaaSInstanceId")]
    public void Typo_SuggestsTheName(string typo, string name)
    {
        Assert.AreEqual(name, NameSuggestion.Closest(typo, Names));
    }

    [TestMethod]
    [DataRow("Colour")]
    [DataRow("Bandwidth")]
    [DataRow("X")]
    public void DifferentWord_SuggestsNothing(string word)
    {
        Assert.IsNull(NameSuggestion.Closest(word, Names));
    }
}
