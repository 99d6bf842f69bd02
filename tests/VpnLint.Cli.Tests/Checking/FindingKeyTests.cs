using VpnLint.Cli.Checking;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Tests.Checking;

/// <summary>
/// The fingerprints are a contract (vpnlintFindingKey/v1): code scanning and GitLab match alerts across runs by them.
/// Each expected value is the first 32 hex digits of sha256("file|rule|path|occurrence"), computed apart from VpnLint.
/// </summary>
[TestClass]
public sealed class FindingKeyTests
{
    private static readonly string Working = Path.GetFullPath("working-folder");

    [TestMethod]
    [DataRow("vpn/server.yaml", 0, "c6d4ab97f9603cc7750e1910db5871d7")]
    [DataRow("vpn/server.yaml", 1, "6c07f05b0b6b46df7cd80bab98323941")]
    [DataRow("vpn/日本.yaml", 12, "77c40a2998fe0318074c59f56c4bb933")]
    // A key longer than the 512 bytes hashed on the stack: a folder name of 580 letters.
    [DataRow("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab/server.yaml", 0, "9d9286013a77e4c52b06420aa89130bc")]
    public void EachOccurrenceOfAKey_IsFingerprintedByTheHashOfTheKeyAndItsCount(string file, int occurrence, string expected)
    {
        var rule = RuleCatalog.All.Single(descriptor => descriptor.Id == "VPN301");
        var input = new InputFile(Path.Combine(Working, file), file, Format: null, Explicit: true);
        var findings = Enumerable.Range(0, occurrence + 1).Select(_ => new ReportedFinding(input, rule, rule.DefaultSeverity, default(SourceSpan), "Port", "message", ErrorCode: null, Replacement: null));

        var fingerprints = FindingKey.Fingerprinted(findings, Working).Select(item => item.Fingerprint).ToList();

        Assert.AreEqual(expected, fingerprints[occurrence]);
        Assert.AreEqual(occurrence + 1, fingerprints.Distinct().Count(), "Each occurrence of one key has its own fingerprint.");
    }
}
