using VpnLint.Cli.Output;

namespace VpnLint.Cli.Tests.Output;

[TestClass]
public sealed class ExcerptWindowTests
{
    [TestMethod]
    public void LineOfTheWidth_IsShownWhole()
    {
        var line = new string('a', ExcerptWindow.Width);

        Assert.AreEqual((0, line.Length), ExcerptWindow.Select(line, 60, 62));
    }

    [TestMethod]
    public void LineOneColumnWider_IsCutToTheWidthAroundTheSpan()
    {
        var line = new string('a', ExcerptWindow.Width + 1);

        var (from, to) = ExcerptWindow.Select(line, 60, 62);

        Assert.AreEqual(ExcerptWindow.Width, to - from);
        Assert.IsTrue(from <= 60 && to >= 62, $"{from}..{to}");
    }

    [TestMethod]
    public void SpanInTheMiddle_HasItsContextSharedBetweenBothSides()
    {
        var line = new string('a', 10_000);

        var (from, to) = ExcerptWindow.Select(line, 5_000, 5_010);

        Assert.AreEqual((5_000 - 55, 5_010 + 55), (from, to));
    }

    [TestMethod]
    public void SpanAtTheEndOfTheLine_TakesTheWholeWidthBeforeIt()
    {
        var line = new string('a', 10_000);

        Assert.AreEqual((10_000 - ExcerptWindow.Width, 10_000), ExcerptWindow.Select(line, 9_998, 10_000));
    }

    [TestMethod]
    public void SpanWiderThanTheWindow_IsShownFromItsStartAfterSomeContext()
    {
        var line = new string('a', 10_000);

        var (from, to) = ExcerptWindow.Select(line, 100, 5_000);

        Assert.AreEqual((100 - 16, 100 - 16 + ExcerptWindow.Width), (from, to));
    }

    [TestMethod]
    public void EscapedCharacters_CountAsTheColumnsTheirEscapeTakes()
    {
        // \u001B is shown as six characters.
        var line = new string('\u001B', 1_000);

        var (from, to) = ExcerptWindow.Select(line, 500, 501);

        Assert.AreEqual(ExcerptWindow.Width / 6, to - from);
    }

    [TestMethod]
    public void SurrogatePairs_AreNeverCut()
    {
        var line = string.Concat(Enumerable.Repeat("\U0001F600", 1_000));

        var (from, to) = ExcerptWindow.Select(line, 1_001, 1_002);

        Assert.IsTrue(char.IsHighSurrogate(line[from]) && char.IsLowSurrogate(line[to - 1]), $"{from}..{to}");
    }
}
