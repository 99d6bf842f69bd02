using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.Authentication;

[TestClass]
public sealed class PskLengthTests
{
    private static IReadOnlyList<Finding> Check(string psk) =>
        Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, "Psk", JsonEdit.Quoted(psk)), RuleIds.PskLength);

    [TestMethod]
    public void Psk1Character_IsAllowed_0IsNot()
    {
        Assert.IsEmpty(Check("k"));
        Assert.AreEqual("Psk has 0 characters: it must be 1 to 100 (leave it out and the service generates a 16-character key)", Check(string.Empty).Single().Message);
    }

    [TestMethod]
    public void Psk100Characters_IsAllowed_101IsNot_AndTheKeyIsNeverShown()
    {
        var key = "Zq" + new string('7', 99);

        Assert.IsEmpty(Check(key[..100]));
        var finding = Check(key).Single();
        Assert.AreEqual("Psk has 101 characters: it must be 1 to 100 (leave it out and the service generates a 16-character key)", finding.Message);
        Assert.DoesNotContain("Zq7", finding.Message);
    }
}
