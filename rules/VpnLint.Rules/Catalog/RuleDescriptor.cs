using System.Globalization;
using VpnLint.Rules.Apis;

namespace VpnLint.Rules.Catalog;

/// <summary>
/// A rule's metadata, written once in <see cref="RuleCatalog"/>: SARIF's <c>tool.driver.rules</c>, the
/// analyzers' descriptors, <c>vpnlint rules</c> and the docs index all come from it.
/// </summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(
        string id,
        string name,
        string title,
        string messageFormat,
        string description,
        Severity defaultSeverity,
        string category,
        IReadOnlyList<ApiKind> pages,
        IReadOnlyList<string> parameters,
        IReadOnlyList<string>? errorCodes = null,
        IReadOnlyList<string>? tags = null,
        bool fileOnly = false,
        bool fixable = false,
        bool csharpOnly = false)
    {
        Id = id;
        Name = name;
        Title = title;
        MessageFormat = messageFormat;
        Description = description;
        DefaultSeverity = defaultSeverity;
        Category = category;
        Pages = pages;
        Parameters = parameters;
        ErrorCodes = errorCodes ?? [];
        Tags = tags ?? [];
        IsFixable = fixable;
        Surface = csharpOnly ? RuleSurface.CSharp : fileOnly || !AnyAlibabaPage(pages) ? RuleSurface.Files : RuleSurface.Both;
    }

    public string Id { get; }

    /// <summary>The concept the rule is named for, as in <see cref="RuleIds"/> and the check's class name.</summary>
    public string Name { get; }

    /// <summary>A short title, no trailing period.</summary>
    public string Title { get; }

    /// <summary>A composite format (<c>{0}</c>, <c>{1}</c>, ...) that every finding of the rule fills in.</summary>
    public string MessageFormat { get; }

    public string Description { get; }

    public Severity DefaultSeverity { get; }

    public string Category { get; }

    /// <summary>The API pages the constraint comes from.</summary>
    public IReadOnlyList<ApiKind> Pages { get; }

    /// <summary>The parameters the constraint is about, as the pages spell them.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The error codes the cloud returns when a request breaks the rule.</summary>
    public IReadOnlyList<string> ErrorCodes { get; }

    /// <summary>Extra classification, such as <c>security</c> for the rules beyond the pages.</summary>
    public IReadOnlyList<string> Tags { get; }

    public RuleSurface Surface { get; }

    /// <summary>Findings of the rule carry a replacement value that a code fix can apply.</summary>
    public bool IsFixable { get; }

    public string HelpUri => RuleCatalog.DocumentationBaseUri + Id + ".md";

    public string FormatMessage(IReadOnlyList<string> arguments)
    {
        var values = new object[arguments.Count];
        for (var index = 0; index < values.Length; index++)
        {
            values[index] = arguments[index];
        }

        return string.Format(CultureInfo.InvariantCulture, MessageFormat, values);
    }

    private static bool AnyAlibabaPage(IReadOnlyList<ApiKind> pages)
    {
        foreach (var page in pages)
        {
            if (Api.Describe(page).Cloud == Cloud.Alibaba)
            {
                return true;
            }
        }

        return false;
    }
}
