using VpnLint.Cli.Tests.Support;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Cli.Tests.Sources;

/// <summary>The Terraform and ROS samples: the valid ones pass, and README shows what the others give.</summary>
[TestClass]
public sealed class SourceSamplesTests
{
    [TestMethod]
    [DataRow("terraform", "terraform-samples")]
    [DataRow("ros", "ros-samples")]
    public void Readme_ShowsTheRealOutputOfTheSamples(string folder, string section)
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/" + folder);
        var expected = $"```text\n$ vpnlint check samples/{folder}\n" + result.Output + "```\n";

        var actual = Repository.GeneratedSection(Repository.PathOf("README.md"), section);

        Assert.AreEqual(expected, actual, "README's sample output is stale; replace it with:\n" + expected);
    }

    [TestMethod]
    public void ValidSamples_HaveNoFindings()
    {
        string[] valid = ["samples/terraform/office/plan.json", "samples/ros/valid.json", "samples/ros/valid.yaml"];

        var result = Vpnlint.Run(Repository.Root, ["check", .. valid]);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual($"0 errors, 0 warnings in {valid.Length} files", result.Output.Trim());
    }

    [TestMethod]
    public void InvalidSamples_ReportEveryRuleTheyShow()
    {
        var result = Vpnlint.Run(Repository.Root, "check", "samples/terraform/mistakes/plan.json", "samples/ros");

        foreach (var rule in new[] { "VPN003", "VPN010", "VPN200", "VPN302", "VPN403", "VPN502", "VPN600", "VPN606", "VPN700", "VPN701", "VPN104", "VPN407" })
        {
            Assert.Contains(" " + rule + ": ", result.Output, rule);
        }
    }
}
