using VpnLint.Rules.Tests.Support;

namespace VpnLint.Rules.Tests.Catalog;

/// <summary>The vendored copies of the specification stay those the project shares.</summary>
[TestClass]
public sealed class SpecificationTests
{
    [TestMethod]
    [DataRow("constraints.md", "constraints.md")]
    [DataRow("pages/000_1f74d0483332064c.txt", "seeds/000_1f74d0483332064c.txt")]
    [DataRow("pages/001_c9f2073a30bfc987.txt", "seeds/001_c9f2073a30bfc987.txt")]
    [DataRow("pages/002_df96631a4a0150fb.txt", "seeds/002_df96631a4a0150fb.txt")]
    [DataRow("pages/003_36d839fb5f31420e.txt", "seeds/003_36d839fb5f31420e.txt")]
    [DataRow("pages/004_bb073ce6bc512930.txt", "seeds/004_bb073ce6bc512930.txt")]
    public void VendoredCopy_EqualsTheSharedOriginal(string vendored, string shared)
    {
        var original = Path.Combine(Repository.Root, "..", "shared", shared);
        if (!File.Exists(original))
        {
            Assert.Inconclusive($"The shared specification is not beside this clone ({original}).");
        }

        Assert.AreEqual(File.ReadAllText(original), File.ReadAllText(Repository.PathOf("docs", "specification", vendored)));
    }
}
