using System.Text;
using VpnLint.Cli.Tests.Support;

namespace VpnLint.Cli.Tests.Commands;

/// <summary>Colour on a terminal, by --color, NO_COLOR and FORCE_COLOR (in that order), and never in a report file or another format.</summary>
[TestClass]
public sealed class ColorChoiceTests
{
    private const string Escape = "\u001b[";

    [TestMethod]
    [DataRow(true, null, null, null, true)]
    [DataRow(false, null, null, null, false)]
    [DataRow(true, "never", null, null, false)]
    [DataRow(false, "always", null, null, true)]
    [DataRow(true, null, "1", null, false)]
    [DataRow(true, null, "", null, true)]
    [DataRow(false, null, null, "1", true)]
    [DataRow(false, null, null, "0", false)]
    [DataRow(false, null, "1", "1", false)]
    [DataRow(true, "always", "1", null, true)]
    public void Colour_FollowsTheFlagThenNoColorThenForceColorThenTheTerminal(bool terminal, string? flag, string? noColor, string? forceColor, bool colored)
    {
        using var folder = Server();
        var environment = new Dictionary<string, string>();
        if (noColor is not null)
        {
            environment["NO_COLOR"] = noColor;
        }

        if (forceColor is not null)
        {
            environment["FORCE_COLOR"] = forceColor;
        }

        string[] args = flag is null ? ["check", "server.yaml"] : ["check", "server.yaml", "--color", flag];
        var result = Vpnlint.Run(folder.Path, [], args, terminal, environment);

        Assert.AreEqual(colored, result.Output.Contains(Escape, StringComparison.Ordinal), result.Output);
        Assert.DoesNotContain(Escape, result.Error);
    }

    [TestMethod]
    public void ColouredLine_MarksSeverityRuleAndCaret_AndReadsTheSameWithoutTheCodes()
    {
        using var folder = Server();

        var colored = Vpnlint.Run(folder.Path, [], ["check", "server.yaml", "--color", "always", "--excerpt", "always"], terminal: false).Output;
        var plain = Vpnlint.Run(folder.Path, [], ["check", "server.yaml", "--excerpt", "always"], terminal: false).Output;

        Assert.Contains("\u001b[1m\u001b[31merror\u001b[0m \u001b[1mVPN301\u001b[0m", colored);
        Assert.Contains("\u001b[31m^^\u001b[0m", colored);
        Assert.AreEqual(plain, StripCodes(colored));
    }

    [TestMethod]
    [DataRow("--output")]
    [DataRow("--format")]
    public void ReportFileOrOtherFormat_IsNeverColoured(string option)
    {
        using var folder = Server();
        string[] args = option == "--output" ? ["check", "server.yaml", "--color", "always", "--output", "report.txt"] : ["check", "server.yaml", "--color", "always", "--format", "json"];

        var result = Vpnlint.Run(folder.Path, [], args, terminal: true);

        var report = option == "--output" ? folder.Read("report.txt") : result.Output;
        Assert.Contains("VPN301", report);
        Assert.DoesNotContain(Escape, report);
    }

    [TestMethod]
    public void UnknownColourMode_IsAUsageError()
    {
        using var folder = Server();

        var result = folder.Run("check", "server.yaml", "--color", "sometimes");

        Assert.AreEqual(2, result.ExitCode);
        Assert.Contains("vpnlint: error: --color sometimes: use auto, always or never", result.Error);
    }

    private static TempFolder Server()
    {
        var folder = new TempFolder();
        folder.Write("server.yaml", SampleRequests.SslServerYaml.Replace("Port: 1194", "Port: 22", StringComparison.Ordinal));
        return folder;
    }

    private static string StripCodes(string text)
    {
        var plain = new StringBuilder();
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\u001b')
            {
                index = text.IndexOf('m', index);
                continue;
            }

            plain.Append(text[index]);
        }

        return plain.ToString();
    }
}
