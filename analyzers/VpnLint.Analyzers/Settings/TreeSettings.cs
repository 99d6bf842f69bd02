using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using VpnLint.Analyzers.Descriptors;
using VpnLint.Analyzers.Reporting;
using VpnLint.Rules;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Settings;

/// <summary>How the requests of one syntax tree are judged: its context settings and the rules switched off there.</summary>
internal sealed class TreeSettings
{
    private TreeSettings(CheckContext context, CheckOptions options, bool anyRuleOn)
    {
        Context = context;
        Options = options;
        AnyRuleOn = anyRuleOn;
    }

    public CheckContext Context { get; }

    public CheckOptions Options { get; }

    /// <summary>False when every rule a request can break is off here: the tree's methods need not be looked at.</summary>
    public bool AnyRuleOn { get; }

    public static TreeSettings Read(Compilation compilation, SyntaxTree tree, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(tree);
        var off = RuleSwitches.Off(compilation, tree, options, cancellationToken);
        var judged = 0;
        foreach (var id in off)
        {
            if (id != RuleIds.InvalidAnalyzerSetting)
            {
                judged++;
            }
        }

        var anyRuleOn = judged < VpnLintDescriptors.All.Length - 1;
        return new TreeSettings(ContextOptions.Read(options), new CheckOptions(CompiledStructure.Instance, off), anyRuleOn);
    }
}
