using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.IpsecNegotiation;

/// <summary>
/// VPN502: weak IPsec negotiation: IKEv1, MD5 or SHA-1, DES or 3DES, Diffie-Hellman group 1, 2 or 5,
/// including the pages' defaults (sha1, group2) where a key, or the whole config, is left out.
/// </summary>
internal sealed class WeakNegotiation : RequestCheck
{
    private const string PfsErrorCode = "OperationUnsupported.IpsecPfs";

    private static readonly WeakSetting[] Settings =
    [
        new(ParameterNames.IkeConfig, ParameterNames.IkeVersion, "ikev2", ["ikev1"], "use ikev2"),
        new(ParameterNames.IkeConfig, ParameterNames.IkeEncAlg, "aes", ["des", "3des"], "use aes256"),
        new(ParameterNames.IkeConfig, ParameterNames.IkeAuthAlg, "sha1", ["md5", "sha1"], "use sha256 or stronger"),
        new(ParameterNames.IkeConfig, ParameterNames.IkePfs, "group2", ["group1", "group2", "group5"], "use group14 or stronger"),
        new(ParameterNames.IpsecConfig, ParameterNames.IpsecEncAlg, "aes", ["des", "3des"], "use aes256"),
        new(ParameterNames.IpsecConfig, ParameterNames.IpsecAuthAlg, "sha1", ["md5", "sha1"], "use sha256 or stronger"),
        new(ParameterNames.IpsecConfig, ParameterNames.IpsecPfs, "group2", ["group1", "group2", "group5"], "use group14 or stronger"),
    ];

    public override string RuleId => RuleIds.WeakNegotiation;

    public override void Check(RequestCheckContext context)
    {
        var request = context.Request;
        foreach (var setting in Settings)
        {
            var configValue = request.Get(setting.Config);
            if (configValue is UnknownValue || (configValue is not null && configValue is not NullValue && request.EmbeddedObject(setting.Config) is null))
            {
                // Not known at analysis time, or not an object (VPN500's): nothing to judge.
                continue;
            }

            var config = request.EmbeddedObject(setting.Config);
            var member = config?.Find(setting.Key);
            string? text;
            string note;
            SourceSpan span;
            if (member is null)
            {
                text = setting.Default;
                note = config is null ? $" (the default, as {setting.Config} is left out)" : " (the default, as the key is left out)";
                span = config?.Span ?? request.Request.Root.Span;
            }
            else
            {
                text = ValueReader.ReadText(member.Value);
                note = string.Empty;
                span = member.Value.Span;
            }

            if (text is not null && setting.IsWeak(text))
            {
                // The cloud accepts its own default, so only a group the request sets can draw its PFS error.
                var path = request.PathOf(setting.Config) + "." + setting.Key;
                var errorCode = member is not null && setting.Key is ParameterNames.IkePfs or ParameterNames.IpsecPfs ? PfsErrorCode : FindingCollector.NoErrorCode;
                context.Report(RuleId, span, path, [path, text, note, setting.Fix], errorCode: errorCode);
            }
        }
    }

    private sealed class WeakSetting(string config, string key, string defaultValue, string[] weak, string fix)
    {
        public string Config { get; } = config;

        public string Key { get; } = key;

        public string Default { get; } = defaultValue;

        public string Fix { get; } = fix;

        public bool IsWeak(string value)
        {
            foreach (var candidate in weak)
            {
                if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
