using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests;

[TestClass]
public sealed class CheckOptionsTests
{
    [TestMethod]
    public void DisabledRule_ItsCheckDoesNotRun_TheOthersDo()
    {
        var options = new CheckOptions(disabledRules: ["vpn301"]);

        var checks = options.RequestChecks(ApiKind.CreateSslVpnServer).Select(check => check.RuleId).ToList();

        Assert.DoesNotContain(RuleIds.ReservedPort, checks, "An ID is matched whatever its case.");
        Assert.Contains(RuleIds.PortOutOfRange, checks);
        Assert.HasCount(CheckOptions.Default.RequestChecks(ApiKind.CreateSslVpnServer).Count - 1, checks);
    }

    [TestMethod]
    public void DisabledRule_GivesNoFinding_WhereItWouldHave()
    {
        var request = Lint.Parse(ApiKind.CreateSslVpnServer, JsonEdit.Set(ValidRequests.SslServer, "Port", "443"));

        Assert.HasCount(1, Lint.Of(RuleEngine.Check(request), RuleIds.ReservedPort));
        Assert.IsEmpty(Lint.Of(RuleEngine.Check(request, options: new CheckOptions(disabledRules: [RuleIds.ReservedPort])), RuleIds.ReservedPort));
    }

    [TestMethod]
    public void DisabledBundleRule_ItsCheckDoesNotRun()
    {
        var options = new CheckOptions(disabledRules: [RuleIds.SecondServerOnGateway]);

        var checks = options.BundleChecks().Select(check => check.RuleId).ToList();

        CollectionAssert.AreEquivalent(new[] { RuleIds.ServerOnGatewayWithoutSsl, RuleIds.ClientPoolsOverlapInVpc }, checks);
    }

    [TestMethod]
    public void EveryStructuralRuleOff_TheValidationIsNeverAsked()
    {
        var validation = new NamedViolations([]);
        var options = new CheckOptions(validation, [RuleIds.MissingRequiredParameter, RuleIds.WrongValueType, RuleIds.UnknownParameter, RuleIds.ValueNotAllowed]);

        RuleEngine.Check(Lint.Parse(ApiKind.CreateSslVpnServer, ValidRequests.SslServer), options: options);

        Assert.AreEqual(0, validation.Asked);
    }
}
