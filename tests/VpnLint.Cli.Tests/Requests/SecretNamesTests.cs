using VpnLint.Cli.Requests;

namespace VpnLint.Cli.Tests.Requests;

[TestClass]
public sealed class SecretNamesTests
{
    [TestMethod]
    [DataRow("Psk")]
    [DataRow("psk")]
    [DataRow("PSK")]
    [DataRow("Psk_")]
    [DataRow("Pks")]
    [DataRow("pre_shared_key")]
    [DataRow("PreSharedKey")]
    [DataRow("client_psk")]
    [DataRow("content")]
    [DataRow("Contents")]
    [DataRow("private_key")]
    [DataRow("privateKey")]
    [DataRow("password")]
    public void KeyOfASecret_IsSecret(string name) => Assert.IsTrue(SecretNames.IsSecret(name), name);

    [TestMethod]
    [DataRow("PskEnabled")]
    [DataRow("Name")]
    [DataRow("context")]
    [DataRow("LocalSubnet")]
    [DataRow("client_ca_certificates")]
    [DataRow("server_certificate")]
    [DataRow("")]
    public void OtherKey_IsNotSecret(string name) => Assert.IsFalse(SecretNames.IsSecret(name), name);
}
