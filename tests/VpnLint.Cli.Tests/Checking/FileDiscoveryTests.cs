using VpnLint.Cli.Checking;
using VpnLint.Cli.Configuration;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Checking;

[TestClass]
public sealed class FileDiscoveryTests
{
    [TestMethod]
    public void FolderWalk_TakesRequestFilesInOrdinalOrder_HiddenFilesToo_AndSkipsHiddenAndBuildFolders()
    {
        using var folder = new TempFolder();
        foreach (var path in new[] { "b.yaml", "a.json", "B.yml", ".hidden.yaml", "notes.txt", "sub/c.yaml", ".git/d.yaml", "node_modules/e.yaml", "bin/f.yaml", "obj/g.yaml", "vpnlint.yaml" })
        {
            folder.Write(path, "Action: CreateVpnGateway\n");
        }

        var found = Walk(folder);

        CollectionAssert.AreEqual(new[] { ".hidden.yaml", "B.yml", "a.json", "b.yaml", "sub/c.yaml" }, found);
    }

    [TestMethod]
    public void FolderWalk_FollowsALinkToAFolder_AndTakesALinkToAFile()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        elsewhere.Write("gateway.yaml", "Action: CreateVpnGateway\n");
        folder.Write("server.yaml", "Action: CreateSslVpnServer\n");
        Directory.CreateSymbolicLink(folder.PathOf("linked"), elsewhere.Path);
        File.CreateSymbolicLink(folder.PathOf("alias.yaml"), folder.PathOf("server.yaml"));

        var found = Walk(folder);

        CollectionAssert.AreEqual(new[] { "alias.yaml", "linked/gateway.yaml", "server.yaml" }, found);
    }

    private static List<string> Walk(TempFolder folder)
    {
        var discovery = new FileDiscovery(folder.Path, new ConfigDiscovery(explicitPath: null, folder.Path), new HashSet<string>(StringComparer.Ordinal));
        discovery.Add(folder.Path);
        Assert.IsEmpty(discovery.Errors, string.Join("\n", discovery.Errors));
        return discovery.Files.Select(file => file.DisplayPath).ToList();
    }
}
