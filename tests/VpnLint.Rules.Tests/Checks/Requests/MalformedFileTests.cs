using VpnLint.Rules.Catalog;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Model;

namespace VpnLint.Rules.Tests.Checks.Requests;

[TestClass]
public sealed class MalformedFileTests
{
    [TestMethod]
    public void Report_IsAnErrorAtTheParsersPosition_WithItsMessage()
    {
        var span = new SourceSpan(10, 11, 2, 5, 2, 6);

        var finding = MalformedFile.Report("JSON", "expected ',' or '}' after a property value", span);

        Assert.AreEqual(RuleIds.MalformedFile, finding.RuleId);
        Assert.AreEqual(Severity.Error, finding.Severity);
        Assert.AreEqual(span, finding.Span);
        Assert.AreEqual("JSON syntax error: expected ',' or '}' after a property value; fix the file here; nothing else in the file was checked", finding.Message);
        Assert.IsNull(finding.Request);
    }

    [TestMethod]
    public void TooLarge_SaysBothSizesAndHowToRaiseTheLimit_NotASyntaxError()
    {
        var finding = MalformedFile.TooLarge(12_582_912, 10_485_760, new SourceSpan(0, 0, 1, 1, 1, 1));

        Assert.AreEqual(RuleIds.MalformedFile, finding.RuleId);
        Assert.AreEqual("the file is larger than the size limit (12,582,912 bytes > 10,485,760 bytes), so it was not read; raise the limit with --max-file-size <bytes> or maxFileSize in vpnlint.yaml; nothing else in the file was checked", finding.Message);
    }

    [TestMethod]
    public void TooLarge_StandardInput_SaysTheLimit()
    {
        var finding = MalformedFile.TooLarge(null, 1000, new SourceSpan(0, 0, 1, 1, 1, 1));

        Assert.StartsWith("the input is larger than the size limit (more than 1,000 bytes)", finding.Message);
    }
}
