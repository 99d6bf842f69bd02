using VpnLint.Rules;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Checking;

/// <summary>
/// A finding as the run reports it, in the words of the file it is in, with its severity after configuration
/// and flags. It keeps what the writers need and not the request model, so that a run over many files does
/// not hold every file's model.
/// </summary>
internal sealed record ReportedFinding(InputFile File, RuleDescriptor Rule, Severity Severity, SourceSpan Span, string Path, string Message, string? ErrorCode, string? Replacement)
{
    public ReportedFinding(InputFile file, Finding finding, Severity severity)
        : this(file, finding.Rule, severity, finding.Span, finding.Path, finding.Message, finding.ErrorCode, finding.Replacement)
    {
    }

    public string RuleId => Rule.Id;

    /// <summary>The resource of a plan or template the finding is on (<c>module.vpn.alicloud_ssl_vpn_server.office</c>); null in a request file.</summary>
    public string? Resource { get; init; }

    /// <summary>
    /// Why <c>--fix</c> does not apply the finding's fix to this file, and where it belongs, when it has one that the
    /// file cannot take: the file is generated (a Terraform plan), or the value comes from elsewhere in it (the default
    /// of a template's parameter). <see cref="Replacement"/> is null then.
    /// </summary>
    public string? FixElsewhere { get; init; }

    /// <summary>The path with the resource before it, which tells apart the findings of two resources of one file in baselines and fingerprints.</summary>
    public string QualifiedPath => Resource is null ? Path : Path.Length == 0 ? Resource : Resource + "." + Path;
}
