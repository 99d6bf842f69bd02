using VpnLint.Cli.Input;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Input;

[TestClass]
public sealed class ToolFileTests
{
    [TestMethod]
    public void ReadableFile_GivesItsText_AndNoError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("vpnlint.yaml", "rules: {}\n");
        var errors = new List<string>();

        Assert.AreEqual("rules: {}\n", ToolFile.ReadText(path, "vpnlint.yaml", "configuration", errors));
        Assert.IsEmpty(errors);
    }

    [TestMethod]
    public void MissingFileOrFolder_IsOneErrorInPlainWords()
    {
        using var folder = new TempFolder();
        var errors = new List<string>();

        Assert.IsNull(ToolFile.ReadText(folder.PathOf("none.json"), "none.json", "baseline", errors));
        Assert.IsNull(ToolFile.ReadText(folder.Path, "configs", "configuration", errors));

        CollectionAssert.AreEqual(
            new[] { "none.json: no such baseline file", "configs: is a folder, not a configuration file" },
            errors);
    }
}
