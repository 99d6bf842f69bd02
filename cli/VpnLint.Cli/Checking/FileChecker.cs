using System.Collections.Concurrent;
using VpnLint.Cli.Configuration;
using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Requests;
using VpnLint.Cli.Schemas;
using VpnLint.Cli.Sources;
using VpnLint.Rules;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Checks.Requests;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Checking;

/// <summary>
/// Checks one file: read it within the size limit, decode it, parse it, let the source it is written in
/// (raw requests, a Terraform plan, a ROS template) find its requests, judge them as one bundle, name the
/// findings as that source does, then apply severities and suppressions. Whatever goes wrong becomes VPN001 at the place it
/// happened or an error naming the file; nothing escapes as an exception.
/// </summary>
internal sealed class FileChecker
{
    private readonly CheckSettings settings;
    private readonly ConfigDiscovery configs;

    // One set of engine options per configuration: which rules are off is the same for all its files.
    private readonly ConcurrentDictionary<LintConfig, CheckOptions> options = new();

    public FileChecker(CheckSettings settings, ConfigDiscovery configs)
    {
        this.settings = settings;
        this.configs = configs;
    }

    public FileResult Check(InputFile file)
    {
        var result = new FileResult(file);
        var config = configs.For(file.IsAnonymous ? settings.WorkingDirectory : Path.GetDirectoryName(file.FullPath)!);
        var format = file.Format ?? FileFormat.Yaml;
        var findings = new List<ReportedFinding>();
        var bytes = Read(file, settings.MaxFileSize ?? config.MaxFileSize ?? LintConfig.DefaultMaxFileSize, result, findings);
        if (bytes is null)
        {
            Finish(result, findings, config, null, []);
            return result;
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } decodeError)
        {
            var prefix = new SourceText(decoded.Text);
            findings.Add(Unworded(file, MalformedFile.Report(ParsedDocument.FormatName(format), decodeError, prefix.Span(decoded.Text.Length, decoded.Text.Length))));
            Finish(result, findings, config, null, []);
            return result;
        }

        var source = new SourceText(decoded.Text);
        result.Source = settings.KeepSource ? source : null;
        format = file.Format ?? Sniff(decoded.Text);
        var document = format == FileFormat.Json ? JsonSourceReader.Read(source) : YamlSourceReader.Read(source);
        if (settings.KeepForFixing)
        {
            (result.Content, result.Document) = (bytes, document);
        }

        if (document.Malformed is { } malformed)
        {
            // Only an excerpt shows the file's own text; every other output is made of findings, which never hold a secret.
            result.Secrets = settings.KeepSource ? SecretSpans.Find(document) : [];
            findings.Add(Unworded(file, malformed));
            Finish(result, findings, config, document, []);
            return result;
        }

        var requests = RequestSources.For(document, settings.InputFormat).Read(document, file.DisplayPath, file.Explicit);
        result.Secrets = settings.KeepSource ? [.. SecretSpans.Find(document), .. requests.Secrets] : [];
        result.Errors.AddRange(requests.Errors);
        result.UncheckedResources = requests.UncheckedResources;
        if (!requests.HoldsRequests)
        {
            result.Skipped = true;
            return result;
        }

        foreach (var finding in requests.Findings)
        {
            findings.Add(Unworded(file, finding));
        }

        if (requests.Requests.Count > 0)
        {
            var context = settings.Context.Over(requests.Context).Over(config.Context).ToCheckContext(settings.Now);
            foreach (var finding in RuleEngine.Check(new RequestBundle(requests.Requests, context), options.GetOrAdd(config, Options)))
            {
                if (requests.Word(file, finding) is { } worded)
                {
                    findings.Add(worded);
                }
            }
        }

        Finish(result, findings, config, document, requests.DisabledRules);
        return result;
    }

    /// <summary>A finding no request's source words: about the file itself (VPN001, VPN002), as the rules say it.</summary>
    private static ReportedFinding Unworded(InputFile file, Finding finding) => new(file, finding, finding.Severity);

    /// <summary>VPN003 to VPN006 from the schemas unless the settings ask for the engine's own walk; the rules switched off are not checked.</summary>
    private CheckOptions Options(LintConfig config)
    {
        var off = new List<string>();
        foreach (var rule in RuleCatalog.All)
        {
            if ((settings.Severities.TryGetValue(rule.Id, out var severity) || config.Severities.TryGetValue(rule.Id, out severity)) && severity is null)
            {
                off.Add(rule.Id);
            }
        }

        return new CheckOptions(settings.ValidateWithSchemas ? SchemaValidation.Instance : null, off);
    }

    private static byte[]? Read(InputFile file, long limit, FileResult result, List<ReportedFinding> findings)
    {
        try
        {
            if (file.Content is { } content)
            {
                return WithinLimit(content.LongLength, limit, file, findings) ? content : null;
            }

            // One handle gives the length and the bytes: no separate stat of the path.
            using var handle = File.OpenHandle(file.FullPath);
            var length = RandomAccess.GetLength(handle);
            if (!WithinLimit(length, limit, file, findings))
            {
                return null;
            }

            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (count == 0)
                {
                    return bytes[..read];
                }

                read += count;
            }

            return bytes;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            result.Errors.Add($"{file.DisplayPath}: cannot read the file: {error.Message}");
            result.Unreadable = true;
            return null;
        }
    }

    private static bool WithinLimit(long length, long limit, InputFile file, List<ReportedFinding> findings)
    {
        if (length <= limit)
        {
            return true;
        }

        findings.Add(Unworded(file, MalformedFile.TooLarge(file.IsStandardInput ? null : length, limit, new SourceSpan(0, 0, 1, 1, 1, 1))));
        return false;
    }

    /// <summary>A file of another extension (or standard input) is JSON when it starts like a JSON object or list.</summary>
    private static FileFormat Sniff(string text)
    {
        var first = text.AsSpan().TrimStart();
        return first.Length > 0 && (first[0] == '{' || first[0] == '[') ? FileFormat.Json : FileFormat.Yaml;
    }

    private void Finish(FileResult result, List<ReportedFinding> findings, LintConfig config, ParsedDocument? document, IReadOnlyList<(SourceSpan Span, IReadOnlyList<string> RuleIds)> disabled)
    {
        var inline = document is null ? null : InlineSuppressions.From(document.Comments);
        WarnOfUnknownRules(result, inline, disabled, findings);
        foreach (var finding in findings.OrderBy(finding => finding.Span.StartOffset).ThenBy(finding => finding.RuleId, StringComparer.Ordinal))
        {
            if (!EffectiveSeverity(finding, config, out var severity))
            {
                continue;
            }

            if (inline?.Suppresses(finding.RuleId, finding.Span.StartLine) == true ||
                DisabledInRequest(finding, disabled) ||
                Ignored(finding, config, result.File))
            {
                result.Suppressed++;
                continue;
            }

            result.Findings.Add(severity == finding.Severity ? finding : finding with { Severity = severity });
        }
    }

    /// <summary>
    /// A disable comment or member that names no rule silences nothing: a mistyped ID would leave the user believing a
    /// finding is handled. The rule it most likely meant is one reported where it was to silence.
    /// </summary>
    private static void WarnOfUnknownRules(FileResult result, InlineSuppressions? inline, IReadOnlyList<(SourceSpan Span, IReadOnlyList<string> RuleIds)> disabled, List<ReportedFinding> findings)
    {
        foreach (var unknown in inline?.UnknownRules ?? [])
        {
            var reported = findings.Where(finding => unknown.TargetLine is not { } line || finding.Span.StartLine == line).Select(finding => finding.RuleId).ToHashSet(StringComparer.Ordinal);
            result.Warnings.Add($"{result.File.DisplayPath}({unknown.Line},{unknown.Column}): the disable comment names no rule: {RuleIdNames.Unknown(unknown.RuleId, reported.Contains)}");
        }

        foreach (var (span, ids) in disabled)
        {
            var reported = findings.Where(finding => finding.Span.StartOffset >= span.StartOffset && finding.Span.StartOffset <= span.EndOffset).Select(finding => finding.RuleId).ToHashSet(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (RuleIdNames.Unknown(id, reported.Contains) is { } unknown)
                {
                    result.Warnings.Add($"{result.File.DisplayPath}({span.StartLine},{span.StartColumn}): {EnvelopeKeys.Disable} names no rule: {unknown}");
                }
            }
        }
    }

    /// <summary>The flag's severity, else the configuration's, else the finding's own; false when the rule is off.</summary>
    private bool EffectiveSeverity(ReportedFinding finding, LintConfig config, out Severity severity)
    {
        severity = finding.Severity;
        if (settings.Severities.TryGetValue(finding.RuleId, out var flagged) || config.Severities.TryGetValue(finding.RuleId, out flagged))
        {
            if (flagged is null)
            {
                return false;
            }

            // A check that lowered its rule's severity (a value the API converts) keeps it below an override of error.
            severity = finding.Severity < finding.Rule.DefaultSeverity && flagged > finding.Severity ? finding.Severity : flagged.Value;
        }

        return true;
    }

    private static bool DisabledInRequest(ReportedFinding finding, IReadOnlyList<(SourceSpan Span, IReadOnlyList<string> RuleIds)> disabled)
    {
        foreach (var (span, rules) in disabled)
        {
            if (finding.Span.StartOffset >= span.StartOffset && finding.Span.StartOffset <= span.EndOffset &&
                rules.Contains(finding.RuleId, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Ignored(ReportedFinding finding, LintConfig config, InputFile file)
    {
        foreach (var entry in config.Ignore)
        {
            var fileMatches = entry.Files.Count == 0 || (!file.IsAnonymous && PathGlobs.MatchesAny(entry.Files, config.Directory, file.FullPath));
            var ruleMatches = entry.Rules.Count == 0 || entry.Rules.Contains(finding.RuleId, StringComparer.OrdinalIgnoreCase);
            var parameterMatches = entry.Parameters.Count == 0 || entry.Parameters.Any(wildcard =>
                PathGlobs.MatchesWildcard(wildcard, finding.Path) || (finding.Resource is not null && PathGlobs.MatchesWildcard(wildcard, finding.QualifiedPath)));
            if (fileMatches && ruleMatches && parameterMatches)
            {
                return true;
            }
        }

        return false;
    }
}
