using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VpnLint.Analyzers.Analysis;
using VpnLint.Analyzers.Descriptors;
using VpnLint.Analyzers.Tests.Support;
using VpnLint.Rules.Catalog;

namespace VpnLint.Analyzers.Tests.Analysis;

/// <summary>
/// What the analyzer costs where no request is built: it rides on the driver's walk of each method and
/// does work of its own only for a method that touches an SDK request.
/// </summary>
[TestClass]
public sealed class CompilationAnalysisTests
{
    /// <summary>Ordinary code of a project that references the SDK: collections, strings, properties, lambdas, a client, a response, but no request.</summary>
    private const string OrdinaryCode = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using AlibabaCloud.SDK.Vpc20160428;
        using AlibabaCloud.SDK.Vpc20160428.Models;

        public sealed class Inventory
        {
            private readonly List<string> names = new();

            public int Count => names.Count;

            public string Longest { get; set; } = string.Empty;

            public void Add(string name)
            {
                names.Add(name);
                if (name.Length > Longest.Length)
                {
                    Longest = name;
                }
            }

            public IEnumerable<string> Sorted() => names.OrderBy(name => name.Length).ThenBy(name => name, StringComparer.Ordinal);

            public static string Describe(CreateSslVpnServerResponse response) => response.Body?.SslVpnServerId ?? "none";

            public static Client Connect(Func<Client> factory)
            {
                var client = factory();
                Func<int, int> twice = value => value * 2;
                return twice(1) > 0 ? client : factory();
            }
        }
        """;

    [TestMethod]
    public async Task CompilationWithoutTheSdk_RegistersNothingBeyondItsStart()
    {
        var run = await AnalyzerRun.RunAsync(new SdkRequestAnalyzer(), ["class C { int M() => new System.Collections.Generic.List<int>().Count; }"], referenceSdk: false);

        Assert.AreEqual(1, run.Telemetry.CompilationStartActionsCount);
        Assert.AreEqual(0, run.Telemetry.OperationBlockStartActionsCount);
        Assert.AreEqual(0, run.Telemetry.OperationActionsCount);
        Assert.AreEqual(0, run.Telemetry.CompilationEndActionsCount);
    }

    [TestMethod]
    public async Task CompilationWithTheSdk_RegistersPerMethodOperationActions_NotWholeBlockWalks()
    {
        var run = await AnalyzerRun.RunAsync(new SdkRequestAnalyzer(), [OrdinaryCode]);

        Assert.AreEqual(0, run.Telemetry.OperationBlockActionsCount, "No action takes a whole method to walk it.");
        Assert.AreEqual(0, run.Telemetry.SyntaxNodeActionsCount + run.Telemetry.CodeBlockActionsCount + run.Telemetry.SemanticModelActionsCount);
        Assert.AreEqual(1, run.Telemetry.OperationBlockStartActionsCount, "The operation actions and the end action come from the start of each method.");
        Assert.IsEmpty(run.Exceptions);
    }

    [TestMethod]
    public async Task MethodsThatBuildNoRequest_GetNoState_AndAreNeverWalked()
    {
        var probe = new AnalysisProbe();

        var run = await AnalyzerRun.RunAsync(new SdkRequestAnalyzer(probe), [OrdinaryCode, OrdinaryCode.Replace("Inventory", "Stock", StringComparison.Ordinal)]);

        Assert.IsEmpty(run.Diagnostics);
        Assert.AreEqual(0, probe.MethodsWithState);
        Assert.AreEqual(0, probe.MethodsWalked);
        Assert.AreEqual(0, probe.MethodsChecked);
    }

    [TestMethod]
    public async Task RequestSentWhereItIsCreated_IsCheckedWithoutAWalkOfItsMethod()
    {
        var probe = new AnalysisProbe();

        var run = await AnalyzerRun.RunAsync(new SdkRequestAnalyzer(probe), [OrdinaryCode + """

            public static class Sender
            {
                public static void Send(Client client) =>
                    client.CreateSslVpnServer(new CreateSslVpnServerRequest { RegionId = "cn-hangzhou", VpnGatewayId = "vpn-1", ClientIpPool = "192.168.0.0/24", LocalSubnet = "10.0.0.0/8", Port = 443 });
            }
            """]);

        Assert.AreEqual(RuleIds.ReservedPort, run.Diagnostics.Single().Id);
        Assert.AreEqual(1, probe.MethodsWithState);
        Assert.AreEqual(0, probe.MethodsWalked);
        Assert.AreEqual(1, probe.MethodsChecked);
    }

    [TestMethod]
    public async Task RequestsHeldInVariables_TheirMethodIsWalkedOnce_ForItAndItsLambdas()
    {
        var probe = new AnalysisProbe();

        var run = await AnalyzerRun.RunAsync(new SdkRequestAnalyzer(probe), ["""
            using System;
            using AlibabaCloud.SDK.Vpc20160428.Models;

            public static class Builder
            {
                public static void Build()
                {
                    var request = new CreateSslVpnServerRequest();
                    request.Port = 443;
                    Action later = () =>
                    {
                        var other = new ModifySslVpnServerRequest();
                        other.Port = 22;
                    };
                }
            }
            """]);

        CollectionAssert.AreEquivalent(new[] { RuleIds.ReservedPort, RuleIds.ReservedPort }, run.Diagnostics.Select(diagnostic => diagnostic.Id).ToList());
        Assert.AreEqual(1, probe.MethodsWithState, "One method: the lambda's requests are kept apart within its state.");
        Assert.AreEqual(1, probe.MethodsWalked);
    }

    [TestMethod]
    public async Task EveryRuleOffInTheProject_MethodsAreNotChecked()
    {
        var probe = new AnalysisProbe();
        var noWarn = VpnLintDescriptors.All
            .Where(descriptor => descriptor.Id != RuleIds.InvalidAnalyzerSetting)
            .ToDictionary(descriptor => descriptor.Id, _ => ReportDiagnostic.Suppress);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSpecificDiagnosticOptions(noWarn);

        var run = await AnalyzerRun.RunAsync(new SdkRequestAnalyzer(probe), ["""
            using AlibabaCloud.SDK.Vpc20160428.Models;

            public static class Builder
            {
                public static CreateSslVpnServerRequest Build() => new CreateSslVpnServerRequest { Port = 443 };
            }
            """], compilationOptions: options);

        Assert.IsEmpty(run.Diagnostics);
        Assert.AreEqual(1, probe.MethodsWithState);
        Assert.AreEqual(0, probe.MethodsChecked, "With every rule a request can break off, the rule engine is not asked.");
    }
}
