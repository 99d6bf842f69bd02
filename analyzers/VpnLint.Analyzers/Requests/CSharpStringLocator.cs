using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using VpnLint.Rules.Model;

namespace VpnLint.Analyzers.Requests;

/// <summary>
/// Lets a finding on part of a C# constant string (one block of a comma-separated LocalSubnet, a key
/// inside an IkeConfig JSON string) point at that part of the literal. The map is built on first use:
/// most strings are never asked.
/// </summary>
internal sealed class CSharpStringLocator : ITextLocator
{
    private readonly IOperation expression;
    private readonly string text;
    private TextSpan[]? characters;

    public CSharpStringLocator(IOperation expression, string text)
    {
        this.expression = expression;
        this.text = text;
    }

    public SourceSpan Locate(int start, int length)
    {
        var tree = expression.Syntax.SyntaxTree;
        var map = characters ??= StringSourceMap.Build(expression, text);
        if (start < 0 || length < 0 || start + length > map.Length || map.Length == 0)
        {
            return SourceSpans.From(tree, expression.Syntax.Span);
        }

        if (length == 0)
        {
            var position = start < map.Length ? map[start].Start : map[map.Length - 1].End;
            return SourceSpans.From(tree, new TextSpan(position, 0));
        }

        return SourceSpans.From(tree, TextSpan.FromBounds(map[start].Start, map[start + length - 1].End));
    }
}
