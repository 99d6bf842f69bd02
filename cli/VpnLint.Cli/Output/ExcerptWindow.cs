namespace VpnLint.Cli.Output;

/// <summary>
/// The part of a long line that an excerpt shows, as rustc and ruff show minified code: at most
/// <see cref="Width"/> columns around the span, so that a finding in a one-line file of 100,000 characters
/// prints one line of a screen, not the file. The span is shown whole when it fits, with its context shared
/// between both sides; a span wider than the window is shown from its start, after a little context.
/// </summary>
internal static class ExcerptWindow
{
    /// <summary>The most columns of a line's text an excerpt shows, besides the <c>…</c> that marks a cut.</summary>
    public const int Width = 120;

    /// <summary>How many columns before a span that is too wide to show whole are still shown, so its start reads in context.</summary>
    private const int LeadBeforeLongSpan = 16;

    /// <summary>
    /// The range of <paramref name="text"/> to show for the span from <paramref name="start"/> to
    /// <paramref name="end"/>, with widths as <see cref="PrintableLine"/> shows the characters; a surrogate
    /// pair is never cut in two.
    /// </summary>
    public static (int From, int To) Select(ReadOnlySpan<char> text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var total = 0;
        for (var index = 0; index < text.Length && total <= Width; index++)
        {
            total += PrintableLine.Width(text[index]);
        }

        if (total <= Width)
        {
            return (0, text.Length);
        }

        var from = start;
        var to = start;
        var used = 0;
        var spanRoom = Width - Math.Min(LeadBeforeLongSpan, ColumnsBefore(text, start));
        while (to < end && Fits(ref used, UnitAfter(text, to), text, to, spanRoom))
        {
            to += UnitAfter(text, to);
        }

        var spanShownWhole = to == end;
        var leftRoom = spanShownWhole ? used + ((Width - used) / 2) : Width;
        while (from > 0 && Fits(ref used, UnitBefore(text, from), text, from - UnitBefore(text, from), leftRoom))
        {
            from -= UnitBefore(text, from);
        }

        while (to < text.Length && Fits(ref used, UnitAfter(text, to), text, to, Width))
        {
            to += UnitAfter(text, to);
        }

        // The right side reached the end of the line before its share: the rest goes to the left.
        while (from > 0 && Fits(ref used, UnitBefore(text, from), text, from - UnitBefore(text, from), Width))
        {
            from -= UnitBefore(text, from);
        }

        return (from, to);
    }

    private static bool Fits(ref int used, int length, ReadOnlySpan<char> text, int at, int room)
    {
        var width = 0;
        for (var index = at; index < at + length; index++)
        {
            width += PrintableLine.Width(text[index]);
        }

        // A surrogate pair is one character on screen.
        width = length == 2 ? 1 : width;
        if (used + width > room)
        {
            return false;
        }

        used += width;
        return true;
    }

    private static int ColumnsBefore(ReadOnlySpan<char> text, int start)
    {
        var columns = 0;
        for (var index = start - 1; index >= 0 && columns < LeadBeforeLongSpan; index--)
        {
            columns += PrintableLine.Width(text[index]);
        }

        return columns;
    }

    private static int UnitAfter(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    private static int UnitBefore(ReadOnlySpan<char> text, int index) =>
        char.IsLowSurrogate(text[index - 1]) && index >= 2 && char.IsHighSurrogate(text[index - 2]) ? 2 : 1;
}
