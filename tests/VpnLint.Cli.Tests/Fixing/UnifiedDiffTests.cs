using VpnLint.Cli.Fixing;

namespace VpnLint.Cli.Tests.Fixing;

[TestClass]
public sealed class UnifiedDiffTests
{
    private static readonly string Old = string.Concat(Enumerable.Range(1, 20).Select(line => $"line {line}\n"));

    [TestMethod]
    public void Change_HasThreeLinesOfContextEachSide()
    {
        var diff = UnifiedDiff.Of("f.yaml", Old, Old.Replace("line 10\n", "line ten\n", StringComparison.Ordinal));

        Assert.AreEqual("--- a/f.yaml\n+++ b/f.yaml\n@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n line 12\n line 13\n", diff);
    }

    [TestMethod]
    public void ChangesWhoseContextsTouch_ShareAHunk_OthersDoNot()
    {
        var near = UnifiedDiff.Of("f", Old, Old.Replace("line 2\n", "two\n", StringComparison.Ordinal).Replace("line 9\n", "nine\n", StringComparison.Ordinal));
        var far = UnifiedDiff.Of("f", Old, Old.Replace("line 2\n", "two\n", StringComparison.Ordinal).Replace("line 10\n", "ten\n", StringComparison.Ordinal));

        Assert.AreEqual(1, near.Split("@@ -").Length - 1);
        Assert.AreEqual(2, far.Split("@@ -").Length - 1);
        Assert.Contains("@@ -1,12 +1,12 @@", near);
    }

    [TestMethod]
    public void LastLineWithoutALineBreak_IsMarkedAsGitMarksIt()
    {
        var diff = UnifiedDiff.Of("f", "a\nb", "a\nc");

        Assert.AreEqual("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n", diff);
    }

    [TestMethod]
    public void NoChange_IsNoDiff()
    {
        Assert.AreEqual(string.Empty, UnifiedDiff.Of("f", Old, Old));
    }
}
