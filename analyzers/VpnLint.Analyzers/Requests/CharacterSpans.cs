using Microsoft.CodeAnalysis.Text;

namespace VpnLint.Analyzers.Requests;

/// <summary>
/// Where each character of a C# constant string stands in the source, and the part of the expression
/// it comes from (one literal, one text run of an interpolated string, one const or interpolation hole).
/// </summary>
internal sealed class CharacterSpans
{
    private readonly IReadOnlyList<TextSpan> characters;
    private readonly IReadOnlyList<TextSpan> parts;

    public CharacterSpans(IReadOnlyList<TextSpan> characters, IReadOnlyList<TextSpan> parts)
    {
        this.characters = characters;
        this.parts = parts;
    }

    public int Length => characters.Count;

    /// <summary>
    /// The source of the characters <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/>.
    /// Characters from one part map exactly; characters from several parts take those parts whole, so
    /// that a span never starts or ends inside a literal's quotes or an interpolation's braces.
    /// </summary>
    public TextSpan Span(int start, int length)
    {
        if (length == 0)
        {
            return new TextSpan(start < characters.Count ? characters[start].Start : characters[characters.Count - 1].End, 0);
        }

        var end = start + length - 1;
        return parts[start] == parts[end]
            ? TextSpan.FromBounds(characters[start].Start, characters[end].End)
            : TextSpan.FromBounds(parts[start].Start, parts[end].End);
    }
}
