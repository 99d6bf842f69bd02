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
    [DataRow("PortNum", "Port")]
    [DataRow("LocalSub", "LocalSubnet")]
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

    [TestMethod]
    public void NameCutShortOrRunOn_ByHalfItsLengthOrLess_SuggestsTheName()
    {
        Assert.AreEqual("Proto", NameSuggestion.Closest("Protocol", ["Port", "Proto", "Cipher"]));
        Assert.IsNull(NameSuggestion.Closest("IDaaS", ["IDaaSInstanceId"]), "Two thirds of the name missing is not a typo.");
        Assert.IsNull(NameSuggestion.Closest("Pro", ["Proto"]), "Too short to tell a name that begins another.");
    }

    [TestMethod]
    [DataRow("-q")]
    [DataRow("-x")]
    [DataRow("ab")]
    public void NameOfOneOrTwoLetters_HasNoTypoOfAnother(string name)
    {
        Assert.IsNull(NameSuggestion.Closest(name, ["-f", "-o", "-c", "ac"]));
        Assert.AreEqual("-F", NameSuggestion.Closest("-f", ["-F"]), "Case aside, it is the same name.");
    }

    [TestMethod]
    public void EquallyClose_TheLikelyOneWins_ButNotOverACloserOne()
    {
        string[] rules = ["VPN010", "VPN300", "VPN301", "VPN302"];

        Assert.AreEqual("VPN010", NameSuggestion.Closest("VPN310", rules));
        Assert.AreEqual("VPN301", NameSuggestion.Closest("VPN310", rules, id => id == "VPN301"));
        Assert.AreEqual("VPN300", NameSuggestion.Closest("VPN300x", rules, id => id == "VPN010"), "One edit beats a likely rule three edits away.");
    }
}
