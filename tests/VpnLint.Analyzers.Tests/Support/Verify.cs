global using Verify = VpnLint.Analyzers.Tests.Support.CSharpCodeFixVerifier<
    VpnLint.Analyzers.SdkRequestAnalyzer,
    VpnLint.CodeFixes.ReplacementCodeFixProvider>;
