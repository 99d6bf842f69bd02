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
        Assert.AreEqual("JSON syntax error: expected ',' or '}' after a property value; fix the file here, nothing else in it was checked", finding.Message);
        Assert.IsNull(finding.Request);
    }
}
