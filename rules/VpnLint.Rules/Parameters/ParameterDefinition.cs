namespace VpnLint.Rules.Parameters;

/// <summary>One parameter of an API page: the only place its type, required-ness and allowed values are written.</summary>
public sealed class ParameterDefinition
{
    public ParameterDefinition(
        string name,
        ParameterType type,
        string description,
        bool required = false,
        string? example = null,
        string? defaultValue = null,
        IReadOnlyList<string>? allowedValues = null,
        bool isSecret = false,
        ParameterOrigin origin = ParameterOrigin.Page,
        ParameterDefinition? items = null,
        IReadOnlyList<ParameterDefinition>? properties = null,
        bool embeddedJson = false)
    {
        Name = name;
        Type = type;
        Description = description;
        Required = required;
        Example = example;
        DefaultValue = defaultValue;
        AllowedValues = allowedValues ?? [];
        IsSecret = isSecret;
        Origin = origin;
        Items = items;
        Properties = properties ?? [];
        EmbeddedJson = embeddedJson;
    }

    public string Name { get; }

    public ParameterType Type { get; }

    /// <summary>What the page says of it, for schema descriptions and editor tooltips.</summary>
    public string Description { get; }

    public bool Required { get; }

    /// <summary>The page's example value, offered in messages about a missing parameter.</summary>
    public string? Example { get; }

    /// <summary>The documented default, as text.</summary>
    public string? DefaultValue { get; }

    /// <summary>The documented set of values, exact spelling; empty when any value of the type is allowed.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>A pre-shared key or certificate body: its value never appears in any output.</summary>
    public bool IsSecret { get; }

    public ParameterOrigin Origin { get; }

    /// <summary>For an array, what each item is.</summary>
    public ParameterDefinition? Items { get; }

    /// <summary>For an object (or a string holding a JSON object), its members.</summary>
    public IReadOnlyList<ParameterDefinition> Properties { get; }

    /// <summary>
    /// A string that holds a JSON object (IkeConfig, IpsecConfig): a file may give it as that string or
    /// as a nested object, and both are accepted.
    /// </summary>
    public bool EmbeddedJson { get; }

    public ParameterDefinition? FindProperty(string name)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }
}
