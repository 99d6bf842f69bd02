using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Checks.IpsecNegotiation;

[TestClass]
public sealed class IpsecConfigNotObjectTests
{
    private static IReadOnlyList<Finding> Check(string name, string jsonValue) =>
        Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Set(ValidRequests.IpsecServer, name, jsonValue), RuleIds.IpsecConfigNotObject);

    [TestMethod]
    [DataRow("IkeConfig")]
    [DataRow("IpsecConfig")]
    public void ObjectAsAStringOrAsAnObject_IsAccepted(string name)
    {
        Assert.IsEmpty(Check(name, JsonEdit.Quoted("{}")));
        Assert.IsEmpty(Check(name, "{}"));
    }

    [TestMethod]
    [DataRow("\"\"", "it is empty; write a JSON object such as {\"IkeVersion\":\"ikev2\"}")]
    [DataRow("\"ikev2\"", "it must start with '{', not 'i' (character 1)")]
    [DataRow("\"[1]\"", "it must start with '{', not '[' (character 1)")]
    [DataRow("\"{\\\"IkeVersion\\\":\\\"ikev2\\\"\"", "expected ',' or '}', but the JSON ends")]
    [DataRow("\"{\\\"IkeVersion\\\" \\\"ikev2\\\"}\"", "expected ':' at character 15, not '\"'")]
    [DataRow("\"{\\\"IkeLifetime\\\":86400,}\"", "expected a quoted key at character 22, not '}'")]
    [DataRow("\"{} {}\"", "unexpected '{' after the object at character 4")]
    [DataRow("[1, 2]", "it is a list; write an object such as {\"IkeVersion\":\"ikev2\"}")]
    [DataRow("5", "it is the number 5; write an object such as {\"IkeVersion\":\"ikev2\"}")]
    public void AnythingElse_IsRejected_SayingWhereItBreaks(string value, string problem)
    {
        var finding = Check("IkeConfig", value).Single();

        Assert.AreEqual($"IkeConfig is not a JSON object: {problem}", finding.Message);
        Assert.AreEqual("IkeConfig", finding.Path);
    }

    [TestMethod]
    public void LeftOut_IsNotReported()
    {
        Assert.IsEmpty(Lint.Check(ApiKind.CreateIpsecServer, JsonEdit.Remove(ValidRequests.IpsecServer, "IpsecConfig"), RuleIds.IpsecConfigNotObject));
    }
}
