using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Model;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.Requests;

/// <summary>VPN011: Alibaba's ClientToken holds only ASCII; Huawei's X-Client-Token is a 36-character UUID.</summary>
internal sealed class InvalidClientToken : RequestCheck
{
    private const string UuidExample = "2407a20d-0bf7-4530-ba9a-7ffa0cedfa3b";

    public override string RuleId => RuleIds.InvalidClientToken;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        if (request.Api == ApiKind.HuaweiCreateVpnServer)
        {
            if (request.Request.Root.Get(ParameterNames.XClientToken) is StringValue huaweiToken && !IsUuid(huaweiToken.Text))
            {
                context.Report(RuleId, huaweiToken.Span, ParameterNames.XClientToken,
                    [ParameterNames.XClientToken, ValueDescription.Quote(huaweiToken.Text), $"it must be a UUID of 36 characters, such as {UuidExample}"]);
            }

            return;
        }

        if (request.Get(ParameterNames.ClientToken) is StringValue token && FirstNonAscii(token.Text) is { } position)
        {
            context.Report(RuleId, token.Span, request.PathOf(ParameterNames.ClientToken),
                [ParameterNames.ClientToken, ValueDescription.Quote(token.Text), $"it may hold only ASCII characters, not '{token.Text[position]}'"]);
        }
    }

    private static int? FirstNonAscii(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] > '\x7F')
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>8-4-4-4-12 hexadecimal digits.</summary>
    private static bool IsUuid(string text)
    {
        if (text.Length != 36)
        {
            return false;
        }

        for (var index = 0; index < text.Length; index++)
        {
            var isDash = index is 8 or 13 or 18 or 23;
            var character = text[index];
            var valid = isDash ? character == '-' : Uri.IsHexDigit(character);
            if (!valid)
            {
                return false;
            }
        }

        return true;
    }
}
