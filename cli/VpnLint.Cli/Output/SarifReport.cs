using Microsoft.CodeAnalysis.Sarif;
using Microsoft.CodeAnalysis.Sarif.Writers;
using Newtonsoft.Json;
using VpnLint.Cli.Checking;
using VpnLint.Rules;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;

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
        };

        // The log's frame, the tool with its rules and the invocation are the SDK's object model, written by its streaming
        // writer; the results, thousands in a large run, are written member by member into the same JSON writer.
        using (var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false })
        using (var log = new ResultLogJsonWriter(json))
        {
            log.Initialize(sarifRun);
            log.WriteTool(sarifRun.Tool);
            log.WriteInvocations(sarifRun.Invocations);
            log.OpenResults();
            foreach (var (finding, relative, fingerprint) in FindingKey.Fingerprinted(run.Findings, workingDirectory))
            {
                WriteResult(json, finding, relative, ruleIndex[finding.RuleId], fingerprint);
            }

            log.CloseResults();
            log.CompleteRun();
        }

        output.WriteLine();
    }

    /// <summary>
    /// One result, in the members and order the SDK's object model gives it (the level left out where it is SARIF's
    /// default, warning). Built as <see cref="Result"/> objects, 19,000 results measured 4.4 KB and 15 to 35 µs each
    /// in Newtonsoft's reflection over the model, three fifths of writing the log; written here, they cost what their
    /// text does.
    /// </summary>
    private static void WriteResult(JsonWriter json, ReportedFinding finding, string relativeUri, int ruleIndex, string fingerprint)
    {
        json.WriteStartObject();
        json.WritePropertyName("ruleId");
        json.WriteValue(finding.RuleId);
        json.WritePropertyName("ruleIndex");
        json.WriteValue(ruleIndex);
        if (Level(finding.Severity) is var level and not FailureLevel.Warning)
        {
            json.WritePropertyName("level");
            json.WriteValue(level == FailureLevel.Error ? "error" : "note");
        }

        json.WritePropertyName("message");
        json.WriteStartObject();
        json.WritePropertyName("text");
        json.WriteValue(EndWithPeriod(finding.Message));
        json.WriteEndObject();

        json.WritePropertyName("locations");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WritePropertyName("physicalLocation");
        json.WriteStartObject();
        WriteArtifactLocation(json, finding.File, relativeUri);
        WriteRegion(json, finding.Span);
        json.WriteEndObject();
        if (finding.Resource is { } resource)
        {
            json.WritePropertyName("logicalLocations");
            json.WriteStartArray();
            json.WriteStartObject();
            json.WritePropertyName("fullyQualifiedName");
            json.WriteValue(resource);
            json.WritePropertyName("kind");
            json.WriteValue(LogicalLocationKind.Resource);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();

        json.WritePropertyName("partialFingerprints");
        json.WriteStartObject();
        json.WritePropertyName(FingerprintName);
        json.WriteValue(fingerprint);
        json.WriteEndObject();

        json.WritePropertyName("properties");
        json.WriteStartObject();
        if (finding.ErrorCode is { } code)
        {
            json.WritePropertyName("errorCode");
            json.WriteValue(code);
        }

        json.WritePropertyName("path");
        json.WriteValue(finding.Path);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// A file inside the working folder relative to SRCROOT; one outside it by its absolute file URI, as SRCROOT cannot
    /// hold it. Both are written as the SDK's URI converter writes them: a relative reference as given, an absolute one escaped.
    /// </summary>
    private static void WriteArtifactLocation(JsonWriter json, InputFile file, string relativeUri)
    {
        var outside = !file.IsAnonymous && (Path.IsPathRooted(relativeUri) || relativeUri.StartsWith("../", StringComparison.Ordinal));
        json.WritePropertyName("artifactLocation");
        json.WriteStartObject();
        json.WritePropertyName("uri");
        json.WriteValue(file.IsAnonymous ? "stdin" : outside ? new Uri(file.FullPath).AbsoluteUri : relativeUri);
        if (!file.IsAnonymous && !outside)
        {
            json.WritePropertyName("uriBaseId");
            json.WriteValue(SourceRoot);
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(JsonWriter json, SourceSpan span)
    {
        json.WritePropertyName("region");
        json.WriteStartObject();
        json.WritePropertyName("startLine");
        json.WriteValue(Math.Max(1, span.StartLine));
        json.WritePropertyName("startColumn");
        json.WriteValue(Math.Max(1, span.StartColumn));
        json.WritePropertyName("endLine");
        json.WriteValue(Math.Max(1, span.EndLine));
        json.WritePropertyName("endColumn");
        json.WriteValue(Math.Max(1, span.EndColumn));
        json.WriteEndObject();
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
