using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using VpnLint.Analyzers.Reporting;
using VpnLint.Analyzers.Requests;
using VpnLint.Analyzers.Sdk;
using VpnLint.Analyzers.Settings;

namespace VpnLint.Analyzers.Analysis;

/// <summary>
/// The analysis of one compilation that references the SDK. It rides on the driver's own walk of each
/// method's operations: for every method an operation action on the two kinds that can touch a request
/// (an object creation, a property reference), each rejected by one symbol comparison, and an end
/// action. A method gets state (a <see cref="RequestCollector"/>) only when one of them is an SDK
/// request's; the end action of any other method finds none and returns.
/// </summary>
internal sealed class CompilationAnalysis
{
    private static readonly ImmutableArray<OperationKind> RequestKinds = ImmutableArray.Create(OperationKind.ObjectCreation, OperationKind.PropertyReference);

    private readonly SdkSymbols sdk;
    private readonly AnalysisProbe? probe;

    // The methods being analyzed that touch a request, by their operation block.
    private readonly ConcurrentDictionary<IOperation, RequestCollector> collectors = new();

    // How many there are: the end action of any other method reads this and returns (ConcurrentDictionary.IsEmpty takes every lock).
    private int pending;

    // The settings of a syntax tree, read once however many of its methods build requests.
    private readonly ConcurrentDictionary<SyntaxTree, TreeSettings> settings = new();

    // The delegates the driver is given for every method, made once.
    private readonly Action<OperationAnalysisContext> onOperation;
    private readonly Action<OperationBlockAnalysisContext> onMethodEnd;

    private CompilationAnalysis(SdkSymbols sdk, AnalysisProbe? probe)
    {
        this.sdk = sdk;
        this.probe = probe;
        onOperation = OnOperation;
        onMethodEnd = OnMethodEnd;
    }

    public static void Start(CompilationStartAnalysisContext context, AnalysisProbe? probe)
    {
        if (SdkSymbols.Resolve(context.Compilation) is not { } sdk)
        {
            return;
        }

        var analysis = new CompilationAnalysis(sdk, probe);
        context.RegisterOperationBlockStartAction(analysis.OnMethodStart);
        context.RegisterCompilationEndAction(SettingDiagnostics.Report);
    }

    private void OnMethodStart(OperationBlockStartAnalysisContext context)
    {
        context.RegisterOperationAction(onOperation, RequestKinds);
        context.RegisterOperationBlockEndAction(onMethodEnd);
    }

    private void OnOperation(OperationAnalysisContext context)
    {
        switch (context.Operation)
        {
            case IObjectCreationOperation creation when sdk.RequestType(creation.Type) is { } type:
                CollectorOf(creation, out var creationFunction).AddCreation(creation, type, creationFunction);
                break;
            case IPropertyReferenceOperation { Instance: { } instance } property
                when !MethodRequests.IsImplicitReceiver(instance) && sdk.RequestType(instance.Type) is { } type && type.HasParameter(property.Property.Name):
                CollectorOf(property, out var writeFunction).AddWrite(property, type, writeFunction);
                break;
        }
    }

    private RequestCollector CollectorOf(IOperation operation, out IOperation? function)
    {
        function = FunctionScope.Of(operation, out var root);
        // The driver runs the actions of one method on one thread: no other adds this method's collector.
        if (!collectors.TryGetValue(root, out var collector))
        {
            collector = new RequestCollector(sdk);
            collectors[root] = collector;
            Interlocked.Increment(ref pending);
            probe?.StateCreated();
        }

        return collector;
    }

    private void OnMethodEnd(OperationBlockAnalysisContext context)
    {
        if (Volatile.Read(ref pending) == 0)
        {
            return;
        }

        foreach (var block in context.OperationBlocks)
        {
            if (collectors.TryRemove(FunctionScope.RootOf(block), out var collector))
            {
                Interlocked.Decrement(ref pending);
                Check(context, collector);
            }
        }
    }

    private void Check(OperationBlockAnalysisContext context, RequestCollector collector)
    {
        var tree = context.OperationBlocks[0].Syntax.SyntaxTree;
        var treeSettings = settings.GetOrAdd(tree, key =>
            TreeSettings.Read(context.Compilation, key, context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken));
        if (!treeSettings.AnyRuleOn)
        {
            return;
        }

        if (collector.FollowsVariables)
        {
            collector.Follow(context.OperationBlocks);
            probe?.Walked();
        }

        probe?.Checked();
        var lines = new SourceLines(tree);
        foreach (var drafts in collector.Collect())
        {
            if (drafts.Count > 0)
            {
                MethodCheck.Run(drafts, lines, treeSettings, context.ReportDiagnostic);
            }
        }
    }
}
