using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VpnLint.Analyzers.Descriptors;
using VpnLint.Analyzers.Reporting;
using VpnLint.Analyzers.Requests;
using VpnLint.Analyzers.Sdk;

namespace VpnLint.Analyzers;

/// <summary>
/// Applies every VpnLint rule that C# can break to the Alibaba Cloud VPC SDK requests (V2
/// <c>AlibabaCloud.SDK.Vpc20160428</c> and V1 <c>aliyun-net-sdk-vpc</c>) a method builds: each method's
/// requests become neutral requests, the rule engine judges them, and each finding becomes a
/// diagnostic on the value it is about.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SdkRequestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => VpnLintDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static compilation =>
        {
            if (SdkSymbols.Resolve(compilation.Compilation) is { } sdk)
            {
                compilation.RegisterOperationBlockStartAction(block => AnalyzeMethod(block, sdk));
            }
        });
    }

    /// <summary>A method is walked in full only once an operation shows that it touches an SDK request.</summary>
    private static void AnalyzeMethod(OperationBlockStartAnalysisContext context, SdkSymbols sdk)
    {
        var touched = new TouchedFlag();
        context.RegisterOperationAction(
            operation => touched.Value |= RequestCollector.Concerns(operation.Operation, sdk),
            OperationKind.ObjectCreation,
            OperationKind.PropertyReference);
        context.RegisterOperationBlockEndAction(end =>
        {
            if (!touched.Value)
            {
                return;
            }

            var drafts = RequestCollector.Collect(end.OperationBlocks, sdk);
            if (drafts.Count == 0)
            {
                return;
            }

            var tree = end.OperationBlocks[0].Syntax.SyntaxTree;
            var options = ContextOptions.Read(end.Options.AnalyzerConfigOptionsProvider.GetOptions(tree));
            MethodCheck.Run(drafts, tree, options, end.ReportDiagnostic);
        });
    }

    private sealed class TouchedFlag
    {
        public bool Value { get; set; }
    }
}
