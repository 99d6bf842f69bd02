using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.IpsecNegotiation;

/// <summary>
/// VPN500: IkeConfig or IpsecConfig does not hold a JSON object. Both a string of JSON and a nested
/// object are accepted; the string is read strictly and the message says where it breaks.
/// </summary>
internal sealed class IpsecConfigNotObject : RequestCheck
{
    private static readonly string[] Names = [ParameterNames.IkeConfig, ParameterNames.IpsecConfig];

    public override string RuleId => RuleIds.IpsecConfigNotObject;

    public override void Check(RequestCheckContext context)
    {
        foreach (var name in Names)
        {
            var value = context.Request.Get(name);
            var problem = value switch
            {
                null or NullValue or ObjectValue or UnknownValue => null,
                StringValue text => context.Request.ReadEmbeddedJson(text).Error,
                ArrayValue => "it is a list; write an object such as {\"IkeVersion\":\"ikev2\"}",
                _ => $"it is {ValueDescription.Actual(value, secret: false)}; write an object such as {{\"IkeVersion\":\"ikev2\"}}",
            };
            if (problem is not null)
            {
                context.Report(RuleId, value!.Span, context.Request.PathOf(name), [name, problem]);
            }
        }
    }
}
