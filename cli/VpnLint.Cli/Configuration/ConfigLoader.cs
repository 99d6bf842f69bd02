using System.Globalization;
using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Requests;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;

namespace VpnLint.Cli.Configuration;

/// <summary>Reads a configuration file with the checker's own YAML reader, so that every mistake in it is reported at its line and column.</summary>
internal static class ConfigLoader
{
    public static readonly string[] FileNames = ["vpnlint.yaml", ".vpnlint.yaml"];

    private const string SeverityKey = "rules";
    private const string ContextKey = "context";
    private const string IncludeKey = "include";
    private const string ExcludeKey = "exclude";
    private const string IgnoreKey = "ignore";
    private const string FailLevelKey = "failLevel";
    private const string MaxFileSizeKey = "maxFileSize";
    private const string BundleKey = "bundle";
    private const string BundleFile = "file";
    private const string BundleFolder = "folder";

    private static readonly string[] Keys = [SeverityKey, ContextKey, IncludeKey, ExcludeKey, IgnoreKey, FailLevelKey, MaxFileSizeKey, BundleKey];

    public static LintConfig Load(string path, string displayPath, List<string> errors)
    {
        var config = new LintConfig(System.IO.Path.GetDirectoryName(path)!, path);
        if (ToolFile.ReadText(path, displayPath, "configuration", errors) is not { } text)
        {
            return config;
        }

        var document = YamlSourceReader.Read(new SourceText(text));
        if (document.Malformed is { } malformed)
        {
            errors.Add(ContextReader.Located(displayPath, malformed.Span, malformed.Message));
            return config;
        }

        if (document.Documents.Count == 0 || document.Documents[0] is NullValue)
        {
            return config;
        }

        if (document.Documents[0] is not ObjectValue root)
        {
            errors.Add(ContextReader.Located(displayPath, document.Documents[0].Span, "the configuration must be a mapping"));
            return config;
        }

        ReportDuplicates(root, displayPath, errors);
        foreach (var member in root.Members)
        {
            Apply(config, member, displayPath, errors);
        }

        return config;
    }

    private static void Apply(LintConfig config, RequestMember member, string displayPath, List<string> errors)
    {
        switch (member.Name)
        {
            case SeverityKey:
                ReadSeverities(config, member.Value, displayPath, errors);
                break;
            case ContextKey:
                ReportDuplicates(member.Value, displayPath, errors);
                config.Context = ContextReader.Read(member.Value, System.IO.Path.GetFileName(displayPath), displayPath, errors);
                break;
            case IncludeKey:
                config.Include.AddRange(ReadStrings(member.Value, IncludeKey, displayPath, errors));
                break;
            case ExcludeKey:
                config.Exclude.AddRange(ReadStrings(member.Value, ExcludeKey, displayPath, errors));
                break;
            case IgnoreKey:
                ReadIgnores(config, member.Value, displayPath, errors);
                break;
            case FailLevelKey when member.Value is StringValue level && SeverityLevel.TryParse(level.Text, out var severity) && severity is not null:
                config.FailLevel = severity;
                break;
            case FailLevelKey:
                errors.Add(ContextReader.Located(displayPath, member.Value.Span, "failLevel must be error, warning or note"));
                break;
            case MaxFileSizeKey when member.Value is NumberValue { IsInteger: true, Value: > 0 } size:
                config.MaxFileSize = (long)size.Value;
                break;
            case MaxFileSizeKey:
                errors.Add(ContextReader.Located(displayPath, member.Value.Span, "maxFileSize must be a positive number of bytes"));
                break;
            case BundleKey when member.Value is StringValue { Text: BundleFolder or BundleFile } bundle:
                config.BundleFolder = bundle.Text == BundleFolder;
                break;
            case BundleKey:
                errors.Add(ContextReader.Located(displayPath, member.Value.Span, $"{BundleKey} must be {BundleFile} (each file is its own bundle, the default) or {BundleFolder} (the files of a folder are one bundle)"));
                break;
            default:
                errors.Add(ContextReader.Located(displayPath, member.NameSpan,
                    $"unknown setting {member.Name}{Meant(member.Name)}; the settings are {SeverityKey}, {ContextKey}, {IncludeKey}, {ExcludeKey}, {IgnoreKey}, {FailLevelKey}, {MaxFileSizeKey} and {BundleKey}"));
                break;
        }
    }

    private static string Meant(string name) => NameSuggestion.Closest(name, Keys) is { } meant ? $" (did you mean {meant}?)" : string.Empty;

    private static void ReadSeverities(LintConfig config, RequestValue value, string displayPath, List<string> errors)
    {
        if (value is not ObjectValue rules)
        {
            errors.Add(ContextReader.Located(displayPath, value.Span, $"{SeverityKey} must map rule IDs to {SeverityLevel.Words}: VPN108: off"));
            return;
        }

        ReportDuplicates(rules, displayPath, errors);

        foreach (var rule in rules.Members)
        {
            if (RuleIdNames.Unknown(rule.Name) is { } unknown)
            {
                errors.Add(ContextReader.Located(displayPath, rule.NameSpan, unknown));
            }
            else if (rule.Value is StringValue word && SeverityLevel.TryParse(word.Text, out var severity))
            {
                config.Severities[rule.Name] = severity;
            }
            else if (rule.Value is BooleanValue { Value: false })
            {
                // YAML reads a bare `off` as a string, but `false` is a boolean: both turn the rule off.
                config.Severities[rule.Name] = null;
            }
            else
            {
                errors.Add(ContextReader.Located(displayPath, rule.Value.Span, $"the severity of {rule.Name} must be {SeverityLevel.Words}"));
            }
        }
    }

    private static void ReadIgnores(LintConfig config, RequestValue value, string displayPath, List<string> errors)
    {
        if (value is not ArrayValue entries)
        {
            errors.Add(ContextReader.Located(displayPath, value.Span, $"{IgnoreKey} must be a list of entries with files, rules and parameters"));
            return;
        }

        foreach (var entry in entries.Items)
        {
            if (entry is not ObjectValue mapping)
            {
                errors.Add(ContextReader.Located(displayPath, entry.Span, "an ignore entry is a mapping: files, rules, parameters"));
                continue;
            }

            ReportDuplicates(mapping, displayPath, errors);

            var files = Strings(mapping, "files", displayPath, errors);
            var rules = Strings(mapping, "rules", displayPath, errors);
            var parameters = Strings(mapping, "parameters", displayPath, errors);
            foreach (var member in mapping.Members.Where(member => member.Name is not ("files" or "rules" or "parameters")))
            {
                errors.Add(ContextReader.Located(displayPath, member.NameSpan, $"an ignore entry has no setting {member.Name}; it takes files, rules and parameters"));
            }

            foreach (var rule in rules)
            {
                if (RuleIdNames.Unknown(rule) is { } unknown)
                {
                    errors.Add(ContextReader.Located(displayPath, (mapping.Get("rules") ?? mapping).Span, unknown));
                }
            }

            config.Ignore.Add(new IgnoreEntry(files, rules, parameters));
        }
    }

    /// <summary>A setting written twice would have one of its values silently lost; rule IDs are compared as the settings use them, in any case.</summary>
    private static void ReportDuplicates(RequestValue value, string displayPath, List<string> errors)
    {
        if (value is not ObjectValue mapping)
        {
            return;
        }

        var first = new Dictionary<string, RequestMember>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in mapping.Members)
        {
            if (!first.TryAdd(member.Name, member))
            {
                var other = first[member.Name].NameSpan;
                errors.Add(ContextReader.Located(displayPath, member.NameSpan, $"{member.Name} is set twice (also at line {other.StartLine}, column {other.StartColumn}); keep one"));
            }
        }
    }

    private static IReadOnlyList<string> Strings(ObjectValue mapping, string name, string displayPath, List<string> errors) =>
        mapping.Get(name) is { } value ? ReadStrings(value, name, displayPath, errors) : [];

    private static List<string> ReadStrings(RequestValue value, string name, string displayPath, List<string> errors)
    {
        var items = value is ArrayValue list ? list.Items : [value];
        var strings = new List<string>();
        foreach (var item in items)
        {
            switch (item)
            {
                case StringValue text:
                    strings.Add(text.Text);
                    break;
                case NumberValue number:
                    strings.Add(number.Value.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    errors.Add(ContextReader.Located(displayPath, item.Span, $"{name} takes a text or a list of texts"));
                    break;
            }
        }

        return strings;
    }
}
