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
/// Checks files in two steps. <see cref="Read"/> reads a file within the size limit, decodes and parses it, and lets the
/// source it is written in (raw requests, a Terraform plan, a ROS template) find its requests. <see cref="Judge"/>
/// judges the requests of one or more read files as one bundle (a file alone, or the files of a folder with
/// <c>bundle: folder</c>), names each finding as its file's source does, then applies each file's severities and
/// suppressions. Whatever goes wrong becomes VPN001 at the place it happened or an error naming the file; nothing
/// escapes as an exception.
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

    /// <summary>The file read and its requests found; finished already when there is nothing to judge (unreadable, malformed, no request).</summary>
    /// <param name="file">The file.</param>
    /// <param name="contextOnly">Read only for the requests a folder bundle needs of it (see <see cref="ReadFile.ContextOnly"/>).</param>
    public ReadFile Read(InputFile file, bool contextOnly = false)
    {
        var result = new FileResult(file);
        var config = configs.For(file.IsAnonymous ? settings.WorkingDirectory : Path.GetDirectoryName(file.FullPath)!);
        var read = new ReadFile(result, config) { ContextOnly = contextOnly };
        var format = file.Format ?? FileFormat.Yaml;
        var bytes = ReadBytes(file, settings.MaxFileSize ?? config.MaxFileSize ?? LintConfig.DefaultMaxFileSize, result, read.Findings);
        if (bytes is null)
        {
            return Finished(read);
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } decodeError)
        {
            var prefix = new SourceText(decoded.Text);
            read.Findings.Add(Unworded(file, MalformedFile.Report(ParsedDocument.FormatName(format), decodeError, prefix.Span(decoded.Text.Length, decoded.Text.Length))));
            return Finished(read);
        }

        var source = new SourceText(decoded.Text);
        result.Source = settings.KeepSource ? source : null;
        format = file.Format ?? Sniff(decoded.Text);
        var document = format == FileFormat.Json ? JsonSourceReader.Read(source) : YamlSourceReader.Read(source);
        read.Document = document;
        if (settings.KeepForFixing)
        {
            (result.Content, result.Document) = (bytes, document);
        }

        if (document.Malformed is { } malformed)
        {
            // Only an excerpt shows the file's own text; every other output is made of findings, which never hold a secret.
            result.Secrets = settings.KeepSource ? SecretSpans.Find(document) : [];
            read.Findings.Add(Unworded(file, malformed));
            return Finished(read);
        }

        var requestSource = RequestSources.For(document, settings.InputFormat);
        var requests = requestSource.Read(document, file.DisplayPath, file.Explicit);
        result.Secrets = settings.KeepSource ? [.. SecretSpans.Find(document), .. requests.Secrets] : [];
        result.Errors.AddRange(requests.Errors);
        result.UncheckedResources = requests.UncheckedResources;
        if (!requests.HoldsRequests)
        {
            result.Skipped = true;
            read.IsFinished = true;
            return read;
        }

        read.Requests = requests;
        read.CanJoinFolder = requestSource.JoinsFolderBundle && !file.IsAnonymous;
        foreach (var finding in requests.Findings)
        {
            read.Findings.Add(Unworded(file, finding));
        }

        return read;
    }

    /// <summary>
    /// Judges the requests of <paramref name="files"/> (read, not finished) as one bundle and finishes each file with
    /// its share of the findings, in its own words; a file there only as context gives requests and reports nothing. The command line's context wins over each file's own, in the
    /// files' order, over the configuration's (one folder's files share it).
    /// </summary>
    public void Judge(IReadOnlyList<ReadFile> files)
    {
        var requests = new List<Request>();
        var owners = new Dictionary<Request, ReadFile>(ReferenceEqualityComparer.Instance);
        var context = settings.Context;
        foreach (var file in files)
        {
            foreach (var request in file.Requests!.Requests)
            {
                requests.Add(request);
                owners[request] = file;
            }

            context = context.Over(file.Requests.Context);
        }

        if (requests.Count > 0)
        {
            var bundle = new RequestBundle(requests, context.Over(files[0].Config.Context).ToCheckContext(settings.Now));
            var reported = files.First(file => !file.ContextOnly);
            foreach (var finding in RuleEngine.Check(bundle, options.GetOrAdd(files[0].Config, Options)))
            {
                // Every finding of the engine is about a request; each goes to the file that holds it, in that file's words.
                var owner = finding.Request is { } request && owners.TryGetValue(request, out var holder) ? holder : reported;
                if (!owner.ContextOnly && owner.Requests!.Word(owner.Result.File, finding) is { } worded)
                {
                    owner.Findings.Add(worded);
                }
            }
        }

        foreach (var file in files.Where(file => !file.ContextOnly))
        {
            Finished(file);
        }
    }

    private ReadFile Finished(ReadFile read)
    {
        Finish(read.Result, read.Findings, read.Config, read.Document, read.Requests?.DisabledRules ?? []);
        read.IsFinished = true;
        return read;
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

    private static byte[]? ReadBytes(InputFile file, long limit, FileResult result, List<ReportedFinding> findings)
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

            result.Findings.Add(QuotedSecretGuard.Checked(severity == finding.Severity ? finding : finding with { Severity = severity }));
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
