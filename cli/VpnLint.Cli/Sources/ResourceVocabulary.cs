using System.Text.RegularExpressions;
using VpnLint.Cli.Checking;
using VpnLint.Rules;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Sources;

/// <summary>
/// The words of a request built from one resource of a plan or template: its findings name the resource
/// (<c>module.vpn.alicloud_ssl_vpn_server.office: ...</c>), and the attributes the user wrote instead of the
/// API's parameters, in their paths and messages; a finding on a value the user did not write is placed on
/// the resource and says where the value came from; a finding that would show a sensitive value shows none.
/// </summary>
internal sealed partial class ResourceVocabulary : IParameterVocabulary
{
    private const string HuaweiBodyPrefix = ParameterNames.VpnServer + ".";

    // API path to the source's path: IkeConfig.IkePfs to ike_config[0].ike_pfs.
    private readonly Dictionary<string, string> paths = new(StringComparer.Ordinal);

    // The same, as messages name them (no Huawei body prefix): what a message's words are looked up in first.
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> sourceNames;
    private readonly Dictionary<string, string> notes = new(StringComparer.Ordinal);
    private readonly HashSet<string> onResource = new(StringComparer.Ordinal);
    private readonly HashSet<(string RuleId, string Path)> inapplicable = [];
    private readonly List<SourceSpan> sensitiveSpans = [];
    private readonly List<string> sensitiveTexts = [];
    private readonly Dictionary<string, string> fixedElsewhere = new(StringComparer.Ordinal);
    private readonly Func<string, string, string>? generated;

    /// <param name="resource">The resource's address or logical ID, as messages name it.</param>
    /// <param name="resourceSpan">Where the resource is named in the file: the place of findings on values it does not hold.</param>
    /// <param name="sourceNames">Names of API parameters that the source spells one way for every resource type (EnableSsl as enable_ssl).</param>
    /// <param name="generated">
    /// For a file that is generated rather than edited (a plan), where a fix belongs, from the attribute's path and the
    /// fixed value; null for a file whose values are the user's own (a template holds the API's values), fixed in place.
    /// </param>
    public ResourceVocabulary(string resource, SourceSpan resourceSpan, IReadOnlyDictionary<string, string> sourceNames, Func<string, string, string>? generated)
    {
        Resource = resource;
        ResourceSpan = resourceSpan;
        this.sourceNames = sourceNames;
        this.generated = generated;
    }

    public string Resource { get; }

    public SourceSpan ResourceSpan { get; }


    /// <summary>The parameter at <paramref name="apiPath"/> was written as <paramref name="sourcePath"/>.</summary>
    public void Name(string apiPath, string sourcePath)
    {
        paths[apiPath] = sourcePath;
        names[Displayed(apiPath)] = Displayed(sourcePath);
    }

    /// <summary>Every finding on the parameter, or inside it, says this too.</summary>
    public void Note(string apiPath, string note) => notes[apiPath] = note;

    /// <summary>The parameter's value is not in the file as the user wrote it: its findings are placed on the resource.</summary>
    public void PlaceOnResource(string apiPath, string note)
    {
        onResource.Add(apiPath);
        Note(apiPath, note);
    }

    /// <summary>The parameter's value is written elsewhere than at the resource (a template parameter's default): its fixes are left to the user, for <paramref name="reason"/>.</summary>
    public void FixElsewhere(string apiPath, string reason) => fixedElsewhere[apiPath] = reason;

    /// <summary>The rule does not apply to the parameter as the user wrote it (VPN407 on a key that comes from a variable).</summary>
    public void Inapplicable(string ruleId, string apiPath) => inapplicable.Add((ruleId, apiPath));

    /// <summary>The value is sensitive: no message shows it.</summary>
    public void Sensitive(RequestValue value)
    {
        sensitiveSpans.Add(value.Span);
        if (value is StringValue { Text.Length: > 0 } text)
        {
            sensitiveTexts.Add(text.Text);
        }
    }

    public ReportedFinding? Word(InputFile file, Finding finding)
    {
        if (inapplicable.Contains((finding.RuleId, finding.Path)))
        {
            return null;
        }

        var path = Translate(finding.Path);
        var message = Words().Replace(finding.Message, match => match.Value[0] == '"' ? match.Value : Translate(match.Value, names) ?? Translate(match.Value, sourceNames) ?? match.Value);
        var span = finding.Span;
        if (Covering(finding.Path, onResource) is not null)
        {
            span = ResourceSpan;
        }

        if (Covering(finding.Path, notes.Keys) is { } noted)
        {
            message += "; " + notes[noted];
        }

        if (ShowsSensitive(finding))
        {
            message = $"{finding.Rule.Title} ({(path.Length == 0 ? "a value" : path)} is sensitive, so the message that would show its value is withheld)";
        }

        var elsewhere = finding.Replacement is not { } replacement ? null
            : generated is not null ? generated(path, replacement)
            : Covering(finding.Path, fixedElsewhere.Keys) is { } shared ? fixedElsewhere[shared]
            : null;
        return new ReportedFinding(file, finding.Rule, finding.Severity, span, path, $"{Resource}: {message}", finding.ErrorCode, elsewhere is null ? finding.Replacement : null)
        {
            Resource = Resource,
            FixElsewhere = elsewhere,
        };
    }

    private string Translate(string apiPath)
    {
        var end = apiPath.Length;
        while (end > 0)
        {
            if (paths.TryGetValue(apiPath[..end], out var sourcePath))
            {
                return sourcePath + apiPath[end..];
            }

            end = apiPath.LastIndexOfAny(['.', '['], end - 1);
        }

        return apiPath;
    }

    private static string? Translate(string word, IReadOnlyDictionary<string, string> dictionary) =>
        dictionary.TryGetValue(word, out var translated) ? translated : null;

    /// <summary>The entry of <paramref name="prefixes"/> that is <paramref name="path"/> or holds it (IpsecConfig holds IpsecConfig.IpsecPfs).</summary>
    private static string? Covering(string path, IEnumerable<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] is '.' or '['))
            {
                return prefix;
            }
        }

        return null;
    }

    private bool ShowsSensitive(Finding finding)
    {
        foreach (var span in sensitiveSpans)
        {
            if (finding.Span.StartOffset >= span.StartOffset && finding.Span.EndOffset <= span.EndOffset)
            {
                return true;
            }
        }

        foreach (var text in sensitiveTexts)
        {
            if (finding.Message.Contains(text, StringComparison.Ordinal) || CidrItemShown(finding.Message, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A message about one item of a comma list quotes that item alone; an item shorter than any CIDR block is too common a text to tell.</summary>
    private static bool CidrItemShown(string message, string text)
    {
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (item.Length >= 7 && message.Contains(item, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Displayed(string path) =>
        path.StartsWith(HuaweiBodyPrefix, StringComparison.Ordinal) ? path[HuaweiBodyPrefix.Length..] : path;

    /// <summary>A quoted value, left as it is, or a parameter name, possibly dotted (IkeConfig.IkePfs, ssl_options.port).</summary>
    [GeneratedRegex("""
        "(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*
        """, RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
