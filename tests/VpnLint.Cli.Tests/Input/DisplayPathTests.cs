using VpnLint.Cli.Input;

namespace VpnLint.Cli.Tests.Input;

[TestClass]
public sealed class DisplayPathTests
{
    [TestMethod]
    [DataRow("/work/repo", "/work/repo/infra/gw.yaml", "infra/gw.yaml")]
    [DataRow("/work/repo", "/work/repo/vpnlint.yaml", "vpnlint.yaml")]
    [DataRow("/work/repo", "/work/other/gw.yaml", "/work/other/gw.yaml")]
    [DataRow("/work/repo", "/work/repository/gw.yaml", "/work/repository/gw.yaml")]
    public void InsideTheWorkingFolder_IsRelative_OutsideItFull(string workingDirectory, string fullPath, string shown) =>
        Assert.AreEqual(shown, DisplayPath.Of(workingDirectory, fullPath));
}
