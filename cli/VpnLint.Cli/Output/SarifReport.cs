using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using VpnLint.Cli.Checking;
using VpnLint.Rules;
using VpnLint.Rules.Catalog;

namespace VpnLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0 through the Sarif.Sdk object model, as GitHub code scanning takes it: one run, every rule
/// of the catalogue in <c>tool.driver.rules</c>, results with file URIs relative to <c>SRCROOT</c> (the
/// working folder), regions, <c>partialFingerprints</c> that do not depend on lines or machines, and
/// each result's cloud error code. No snippet or source text is written, so no secret can be.
/// </summary>
internal sealed class SarifReport : IReportWriter
{
    public const string SourceRoot = "SRCROOT";
    public const string FingerprintName = "vpnlintFindingKey/v1";
    public const string InformationUri = "https://github.com/vpnlint/vpnlint";

    public void Write(RunResult run, ReportOptions options, TextWriter output)
    {
        var workingDirectory = options.WorkingDirectory;
        var rules = RuleCatalog.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var results = new List<Result>();
        foreach (var (finding, relative, fingerprint) in FindingKey.Fingerprinted(run.Findings, workingDirectory))
        {
            results.Add(ResultOf(finding, relative, ruleIndex[finding.RuleId], fingerprint));
        }

        var version = ToolVersion.Value;
        var sarifRun = new Run
        {
            Tool = new Tool
            {
                Driver = new ToolComponent
                {
                    Name = "vpnlint",
                    FullName = "VpnLint " + version,
                    Version = version,
                    SemanticVersion = version,
                    InformationUri = new Uri(InformationUri),
                    Rules = rules.Select(Descriptor).ToList(),
                },
            },
            OriginalUriBaseIds = new Dictionary<string, ArtifactLocation>
            {
                [SourceRoot] = new() { Uri = new Uri(DirectoryUri(workingDirectory)) },
            },
            AutomationDetails = new RunAutomationDetails { Id = "vpnlint/" },
            ColumnKind = ColumnKind.Utf16CodeUnits,
            Invocations =
            [
                new Invocation
                {
                    ExecutionSuccessful = run.Errors.Count == 0,
                    ToolExecutionNotifications = run.Errors.Select(error => new Notification { Level = FailureLevel.Error, Message = new Message { Text = EndWithPeriod(error) } }).ToList(),
                },
            ],
            Results = results,
        };
        var log = new SarifLog
        {
            SchemaUri = new Uri("https://json.schemastore.org/sarif-2.1.0.json"),
            Version = SarifVersion.Current,
            Runs = [sarifRun],
        };
        using (var writer = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false })
        {
            JsonSerializer.CreateDefault().Serialize(writer, log);
        }

        output.WriteLine();
    }

    /// <summary>A file inside the working folder relative to SRCROOT; one outside it by its absolute URI, as SRCROOT cannot hold it.</summary>
    private static ArtifactLocation ArtifactLocationOf(InputFile file, string relativeUri) =>
        file.IsAnonymous ? new ArtifactLocation { Uri = new Uri("stdin", UriKind.Relative) }
        : Path.IsPathRooted(relativeUri) || relativeUri.StartsWith("../", StringComparison.Ordinal) ? new ArtifactLocation { Uri = new Uri(file.FullPath) }
        : new ArtifactLocation { Uri = new Uri(relativeUri, UriKind.Relative), UriBaseId = SourceRoot };

    private static Result ResultOf(ReportedFinding finding, string relativeUri, int ruleIndex, string fingerprint)
    {
        var span = finding.Span;
        var result = new Result
        {
            RuleId = finding.RuleId,
            RuleIndex = ruleIndex,
            Level = Level(finding.Severity),
            Message = new Message { Text = EndWithPeriod(finding.Message) },
            Locations =
            [
                new Location
                {
                    PhysicalLocation = new PhysicalLocation
                    {
                        ArtifactLocation = ArtifactLocationOf(finding.File, relativeUri),
                        Region = new Region
                        {
                            StartLine = Math.Max(1, span.StartLine),
                            StartColumn = Math.Max(1, span.StartColumn),
                            EndLine = Math.Max(1, span.EndLine),
                            EndColumn = Math.Max(1, span.EndColumn),
                        },
                    },
                },
            ],
            PartialFingerprints = new Dictionary<string, string> { [FingerprintName] = fingerprint },
        };
        if (finding.ErrorCode is { } code)
        {
            result.SetProperty("errorCode", code);
        }

        if (finding.Resource is { } resource)
        {
            result.Locations[0].LogicalLocations = [new LogicalLocation { FullyQualifiedName = resource, Kind = LogicalLocationKind.Resource }];
        }

        result.SetProperty("path", finding.Path);
        return result;
    }

    private static ReportingDescriptor Descriptor(RuleDescriptor rule)
    {
        var page = RuleDocs.Page(rule.Id);
        var descriptor = new ReportingDescriptor
        {
            Id = rule.Id,
            Name = rule.Name,
            ShortDescription = new MultiformatMessageString { Text = EndWithPeriod(rule.Title) },
            FullDescription = new MultiformatMessageString { Text = EndWithPeriod(rule.Description) },
            Help = new MultiformatMessageString
            {
                Text = $"{rule.Description} See {rule.HelpUri}.",
                Markdown = page ?? $"**{rule.Id}: {rule.Title}**\n\n{rule.Description}\n\nSee [{rule.Id}]({rule.HelpUri}).",
            },
            HelpUri = new Uri(rule.HelpUri),
            DefaultConfiguration = new ReportingConfiguration { Level = Level(rule.DefaultSeverity) },
        };
        descriptor.SetProperty("category", rule.Category);
        descriptor.SetProperty("tags", new[] { "vpn", rule.Category }.Concat(rule.Tags).ToArray());
        if (rule.ErrorCodes.Count > 0)
        {
            descriptor.SetProperty("errorCodes", rule.ErrorCodes.ToArray());
        }

        // Code scanning ranks alerts by these: the checks are exact (no heuristics), and the rules tagged
        // security get a CVSS-like score, medium for a warning and high for an error.
        descriptor.SetProperty("precision", "very-high");
        if (rule.Tags.Contains(RuleCatalog.Security))
        {
            descriptor.SetProperty("security-severity", rule.DefaultSeverity == Severity.Error ? "7.5" : "5.0");
        }

        return descriptor;
    }

    private static FailureLevel Level(Severity severity) => severity switch
    {
        Severity.Error => FailureLevel.Error,
        Severity.Warning => FailureLevel.Warning,
        _ => FailureLevel.Note,
    };

    private static string EndWithPeriod(string text) => text.EndsWith('.') || text.EndsWith('?') ? text : text + ".";

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }
}
