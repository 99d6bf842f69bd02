using System.Globalization;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Authentication;

/// <summary>VPN406: the pre-shared key is 1 to 100 characters. The message gives the length, never the key.</summary>
internal sealed class PskLength : RequestCheck
{
    public const int Maximum = 100;

    public override string RuleId => RuleIds.PskLength;

    public override void Check(RequestCheckContext context)
    {
        if (context.Request.Get(ParameterNames.Psk) is StringValue psk && psk.Text.Length is 0 or > Maximum)
        {
            context.Report(RuleId, psk.Span, context.Request.PathOf(ParameterNames.Psk), [psk.Text.Length.ToString(CultureInfo.InvariantCulture)]);
        }
    }
}
