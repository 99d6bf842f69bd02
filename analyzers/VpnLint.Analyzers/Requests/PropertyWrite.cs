using Microsoft.CodeAnalysis;

namespace VpnLint.Analyzers.Requests;

/// <summary>One parameter set on a request in the method: by an object initializer, an assignment or a V1 setter.</summary>
internal sealed class PropertyWrite
{
    public PropertyWrite(string name, SyntaxNode nameSyntax, IOperation? value, SyntaxNode valueSyntax)
    {
        Name = name;
        NameSyntax = nameSyntax;
        Value = value;
        ValueSyntax = valueSyntax;
    }

    public string Name { get; }

    public SyntaxNode NameSyntax { get; }

    /// <summary>The assigned value; null when the property is changed some other way (<c>+=</c>, <c>??=</c>, <c>++</c>, deconstruction).</summary>
    public IOperation? Value { get; }

    public SyntaxNode ValueSyntax { get; }

    /// <summary>The same write with its value not known: another write may come after it.</summary>
    public PropertyWrite Unknown() => new(Name, NameSyntax, null, ValueSyntax);
}
