using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using VpnLint.Analyzers.Descriptors;
using VpnLint.Analyzers.Requests;
using VpnLint.Rules;

namespace VpnLint.Analyzers.Reporting;

/// <summary>Turns the rule engine's findings into diagnostics at the findings' spans, with the findings' own severity.</summary>
internal static class FindingDiagnostics
{
    public static Diagnostic? From(Finding finding, SyntaxTree tree, TextSpan fallback)
    {
        if (VpnLintDescriptors.Find(finding.RuleId) is not { } descriptor)
        {
            return null;
        }

        var span = finding.Span.IsUnknown ? fallback : SourceLines.ToTextSpan(finding.Span);
        var location = Location.Create(tree, span);
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (finding.Replacement is not null)
        {
            properties = properties.Add(DiagnosticProperties.Replacement, finding.Replacement);
            if (finding.ReplacesJsonStringContent)
            {
                properties = properties.Add(DiagnosticProperties.ReplacesJsonString, bool.TrueString);
            }
        }

        var arguments = new object[finding.MessageArguments.Count];
        for (var index = 0; index < arguments.Length; index++)
        {
            arguments[index] = finding.MessageArguments[index];
        }

        // An assumed connection limit (VPN200) or a duplicate block (VPN109) lowers a rule's severity.
        var severity = RuleDescriptors.ToDiagnosticSeverity(finding.Severity);
        return severity == descriptor.DefaultSeverity
            ? Diagnostic.Create(descriptor, location, properties, arguments)
            : Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, arguments);
    }
}
