using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests;

/// <summary>Whatever a check puts in a message, the finding shows control characters escaped.</summary>
[TestClass]
public sealed class FindingTests
{
    private static void AssertPrintable(Finding finding)
    {
        foreach (var text in finding.MessageArguments.Append(finding.Message).Append(finding.Path))
        {
            Assert.IsFalse(text.Any(character => char.IsControl(character) || character is '\u2028' or '\u2029'), text);
        }
    }

    [TestMethod]
    public void QuotedValue_ShowsANewlineAsAnEscape()
    {
        var finding = Lint.Check(ApiKind.CreateVpnGateway, JsonEdit.Set(ValidRequests.Gateway, "Name", JsonEdit.Quoted("gate\nway")), RuleIds.InvalidName).Single();

        Assert.AreEqual("Name \"gate\\nway\" is invalid: it may hold only letters, digits, _, - and ., not '\\n'", finding.Message);
        AssertPrintable(finding);
    }

    [TestMethod]
    public void ValueOutsideTheAllowedSet_ShowsAC1ControlAsAnEscape()
    {
        var finding = Lint.Check(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "Proto", JsonEdit.Quoted("UDP\u0085")), RuleIds.ValueNotAllowed).Single();

        Assert.Contains("UDP\\u0085", finding.Message);
        AssertPrintable(finding);
    }

    [TestMethod]
    public void UnknownAction_ShowsALineSeparatorAsAnEscape()
    {
        var finding = UndeterminedApi.Identify(Lint.Parse(ApiKind.CreateVpnGateway, """{"Action": "Run\u2028Instances"}""").Root).Finding!;

        Assert.Contains("Action Run\\u2028Instances", finding.Message);
        AssertPrintable(finding);
    }

    [TestMethod]
    public void UnknownKey_ShowsATabAsAnEscape_InTheMessageAndThePath()
    {
        var json = ValidRequests.SslServer.Replace("\"Proto\"", "\"Pro\\tto\": \"UDP\", \"Proto\"", StringComparison.Ordinal);

        var finding = Lint.Check(ApiKind.CreateSslVpnServer, json, RuleIds.UnknownParameter).Single();

        Assert.AreEqual("Pro\\tto", finding.Path);
        AssertPrintable(finding);
    }
}
