using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VpnLint.Analyzers.Descriptors;
using VpnLint.Analyzers.Reporting;
using VpnLint.Analyzers.Requests;
using VpnLint.Analyzers.Sdk;
using VpnLint.Rules.Model;

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
            if (SdkSymbols.Resolve(compilation.Compilation) is not { } sdk)
            {
                return;
            }

            // The analyzer options of a syntax tree, read once however many of its methods build requests.
            var contexts = new ConcurrentDictionary<SyntaxTree, CheckContext>();
            compilation.RegisterOperationBlockAction(block => AnalyzeMethod(block, sdk, contexts));
        });
    }

    /// <summary>
    /// One callback per method with its whole operation tree, rather than one per object creation and
    /// property reference of every method: the few operations that matter are picked out here, and only a
    /// method that touches an SDK request gets checked.
    /// </summary>
    private static void AnalyzeMethod(OperationBlockAnalysisContext context, SdkSymbols sdk, ConcurrentDictionary<SyntaxTree, CheckContext> contexts)
    {
        var collector = new RequestCollector(sdk);
        foreach (var block in context.OperationBlocks)
        {
            foreach (var operation in block.Descendants())
            {
                if (operation.Kind is OperationKind.ObjectCreation or OperationKind.PropertyReference)
                {
                    collector.Add(operation);
                }
            }
        }

        SourceLines? lines = null;
        CheckContext? checkContext = null;
        foreach (var drafts in collector.Collect(context.OperationBlocks))
        {
            if (drafts.Count == 0)
            {
                continue;
            }

            var tree = context.OperationBlocks[0].Syntax.SyntaxTree;
            lines ??= new SourceLines(tree);
            checkContext ??= contexts.GetOrAdd(tree, key => ContextOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(key)));
            MethodCheck.Run(drafts, lines, checkContext, context.ReportDiagnostic);
        }
    }
}
