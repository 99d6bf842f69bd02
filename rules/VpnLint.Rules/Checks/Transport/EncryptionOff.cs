using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Transport;

/// <summary>VPN303: Cipher none sends an SSL server's traffic unencrypted to older OpenVPN clients.</summary>
internal sealed class EncryptionOff : RequestCheck
{
    public override string RuleId => RuleIds.EncryptionOff;

    public override void Check(RequestCheckContext context)
    {
        if (context.Request.Get(ParameterNames.Cipher) is StringValue { Text: "none" } cipher)
        {
            context.Report(RuleId, cipher.Span, context.Request.PathOf(ParameterNames.Cipher), [ParameterNames.Cipher, cipher.Text]);
        }
    }
}
