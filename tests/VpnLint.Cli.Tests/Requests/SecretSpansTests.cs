using VpnLint.Cli.Input;
using VpnLint.Cli.Parsing;
using VpnLint.Cli.Requests;

namespace VpnLint.Cli.Tests.Requests;

[TestClass]
public sealed class SecretSpansTests
{
    [TestMethod]
    [DataRow("{\"psk\": \"S3cret\"}")]
    [DataRow("{\"PSK\": \"S3cret\"}")]
    [DataRow("{\"Psk_\": \"S3cret\"}")]
    [DataRow("{\"pre_shared_key\": \"S3cret\"}")]
    [DataRow("{\"P\\u0073k\": \"S3cret\"}")]
    [DataRow("{\"vpn_server\": {\"server_certificate\": {\"private_key\": \"S3cret\"}}}")]
    [DataRow("{\"Name\": \"-----BEGIN PRIVATE KEY-----S3cret\"}")]
    [DataRow("{\"Port\": \"10.0.0.0/8,\\n-----BEGIN CERTIFICATE-----\\nS3cret\"}")]
    [DataRow("{\"server_certificate\": {\"-----BEGIN PRIVATE KEY-----S3cret\": null}}")]
    [DataRow("{\"IkeConfig\": \"{\\\"IkeVersion\\\":\\\"ikev2\\\",\\\"Psk\\\":\\\"S3cret\\\"}\"}")]
    [DataRow("{\"IpsecConfig\": \"{\\\"psk\\\": S3cret}\"}")]
    [DataRow("{\"IkeConfig\": \"{\\\"IkeVersion\\\": ikev1\\\", \\\"Psk\\\": \\\"S3cret\\\"}\"}")]
    public void SecretValue_IsCoveredWhereverItIsWritten(string json)
    {
        var secret = json.IndexOf("S3cret", StringComparison.Ordinal);

        var spans = SecretSpans.Find(JsonSourceReader.Read(new SourceText(json)));

        Assert.IsTrue(spans.Any(span => span.StartOffset <= secret && span.EndOffset >= secret + "S3cret".Length), json);
    }

    [TestMethod]
    [DataRow("{\"PskEnabled\": true, \"Name\": \"x\"}")]
    [DataRow("{\"IkeConfig\": \"{\\\"IkeVersion\\\":\\\"ikev2\\\"}\"}")]
    [DataRow("{\"IkeConfig\": \"{\\\"IkeVersion\\\": ikev1\\\", \\\"IkeLifetime\\\": 86400}\"}")]
    public void NothingSecret_HasNoSpan(string json) =>
        Assert.IsEmpty(SecretSpans.Find(JsonSourceReader.Read(new SourceText(json))));

    [TestMethod]
    [DataRow("{\"P\\u0073k\": \"x\", \"Bad\": }")]
    [DataRow("{\"pre_shared_key\": x}")]
    [DataRow("Psk: 'x")]
    [DataRow("{\"a\": \"-----BEGIN CERTIFICATE-----\n")]
    public void TextNamingASecret_MentionsOne(string text) => Assert.IsTrue(SecretSpans.MentionsSecret(text));

    [TestMethod]
    [DataRow("{\"PskEnabled\": true, \"Bad\": }")]
    [DataRow("{\"Name\": \"\\uD800\"")]
    public void TextWithoutASecret_MentionsNone(string text) => Assert.IsFalse(SecretSpans.MentionsSecret(text));
}
