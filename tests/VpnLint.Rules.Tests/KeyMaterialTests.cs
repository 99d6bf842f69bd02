namespace VpnLint.Rules.Tests;

[TestClass]
public sealed class KeyMaterialTests
{
    [TestMethod]
    [DataRow("-----BEGIN PRIVATE KEY-----MIIE", "-----BEGIN PRIVATE KEY----- … (key material, not shown)")]
    [DataRow("10.0.0.0/8,\n  -----BEGIN CERTIFICATE-----\nMIIB", "10.0.0.0/8,\n  -----BEGIN CERTIFICATE----- … (key material, not shown)")]
    [DataRow("-----BEGIN MIIE", "-----BEGIN … (key material, not shown)")]
    public void MaterialAfterTheMarker_IsHidden(string text, string shown) => Assert.AreEqual(shown, KeyMaterial.Hide(text));

    [TestMethod]
    [DataRow("10.0.0.0/8")]
    [DataRow("----BEGIN")]
    [DataRow("-----begin")]
    [DataRow("it must start with -----BEGIN CERTIFICATE-----")]
    public void TextWithoutTheMarker_IsKept(string text) => Assert.AreSame(text, KeyMaterial.Hide(text));

    [TestMethod]
    public void ListWithoutMaterial_IsTheSameList()
    {
        IReadOnlyList<string> texts = ["a", "b"];

        Assert.AreSame(texts, KeyMaterial.HideEach(texts));
        CollectionAssert.AreEqual(new[] { "a", "-----BEGIN" + KeyMaterial.Hidden }, KeyMaterial.HideEach(["a", "-----BEGIN x"]).ToArray());
    }
}
