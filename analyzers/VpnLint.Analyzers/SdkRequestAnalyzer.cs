using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VpnLint.Analyzers.Analysis;
using VpnLint.Analyzers.Descriptors;

namespace VpnLint.Analyzers;

/// <summary>
/// Applies every VpnLint rule that C# can break to the Alibaba Cloud VPC SDK requests (V2
/// <c>AlibabaCloud.SDK.Vpc20160428</c> and V1 <c>aliyun-net-sdk-vpc</c>) a method builds: each method's
/// requests become neutral requests, the rule engine judges them, and each finding becomes a
/// diagnostic on the value it is about. A compilation that references no SDK request class registers
/// nothing; in one that does, a method that touches no request costs two rejected operation callbacks
/// per creation and property reference, and nothing else (see <see cref="CompilationAnalysis"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SdkRequestAnalyzer : DiagnosticAnalyzer
{
    private readonly AnalysisProbe? probe;

    public SdkRequestAnalyzer()
    {
    }

    /// <summary>For the tests that count what the analysis does.</summary>
    internal SdkRequestAnalyzer(AnalysisProbe probe) => this.probe = probe;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => VpnLintDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(compilation => CompilationAnalysis.Start(compilation, probe));
    }
}
