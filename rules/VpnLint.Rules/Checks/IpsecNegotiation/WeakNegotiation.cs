using VpnLint.Rules.Apis;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Rules.Checks.IpsecNegotiation;

/// <summary>
/// VPN502: weak IPsec negotiation: IKEv1, MD5 or SHA-1, DES or 3DES, Diffie-Hellman group 1, 2 or 5 or no
/// perfect forward secrecy, and aggressive mode with a pre-shared key, including the pages' defaults (sha1,
/// group2) where a key, or the whole config, is left out. The cloud accepts every one of these, so no
/// finding carries a cloud error code.
/// </summary>
internal sealed class WeakNegotiation : RequestCheck
{
    private const string NoForwardSecrecy = "disabled";
    private const string ForwardSecrecyOff = " (it turns perfect forward secrecy off)";

    private static readonly WeakSetting[] Settings =
    [
        new(ParameterNames.IkeConfig, ParameterNames.IkeVersion, [new("ikev1")], "use ikev2"),
        new(ParameterNames.IkeConfig, ParameterNames.IkeMode, [new("aggressive", " with a pre-shared key (aggressive mode sends a hash of the key that can be cracked offline)")], "use main", WithPreSharedKey),
        new(ParameterNames.IkeConfig, ParameterNames.IkeEncAlg, [new("des"), new("3des")], "use aes256"),
        new(ParameterNames.IkeConfig, ParameterNames.IkeAuthAlg, [new("md5"), new("sha1")], "use sha256 or stronger"),
        new(ParameterNames.IkeConfig, ParameterNames.IkePfs, [new(NoForwardSecrecy, ForwardSecrecyOff), new("group1"), new("group2"), new("group5")], "use group14 or stronger"),
        new(ParameterNames.IpsecConfig, ParameterNames.IpsecEncAlg, [new("des"), new("3des")], "use aes256"),
        new(ParameterNames.IpsecConfig, ParameterNames.IpsecAuthAlg, [new("md5"), new("sha1")], "use sha256 or stronger"),
        new(ParameterNames.IpsecConfig, ParameterNames.IpsecPfs, [new(NoForwardSecrecy, ForwardSecrecyOff), new("group1"), new("group2"), new("group5")], "use group14 or stronger"),
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

            if (setting.AppliesWhen is { } applies && !applies(request))
            {
                continue;
            }

            var config = request.EmbeddedObject(setting.Config);
            var member = config?.Find(setting.Key);
            string? text;
            string defaultNote;
            SourceSpan span;
            if (member is null)
            {
                text = setting.Default;
                defaultNote = config is null ? $" (the default, as {setting.Config} is left out)" : " (the default, as the key is left out)";
                span = config?.Span ?? request.Request.Root.Span;
            }
            else
            {
                text = ValueReader.ReadText(member.Value);
                defaultNote = string.Empty;
                span = member.Value.Span;
            }

            if (text is not null && setting.Weakness(text) is { } weakness)
            {
                var path = request.PathOf(setting.Config) + "." + setting.Key;
                context.Report(RuleId, span, path, [path, text, weakness.Reason + defaultNote, setting.Fix]);
            }
        }
    }

    /// <summary>Aggressive mode gives away a hash of the pre-shared key; with another method of authentication it does not.</summary>
    private static bool WithPreSharedKey(RequestFacts request) => ValueReader.IsTrue(request.Get(ParameterNames.PskEnabled));

    private sealed class WeakValue(string value, string reason = "")
    {
        public string Value { get; } = value;

        public string Reason { get; } = reason;
    }

    private sealed class WeakSetting(string config, string key, WeakValue[] weak, string fix, Func<RequestFacts, bool>? appliesWhen = null)
    {
        public string Config { get; } = config;

        public string Key { get; } = key;

        /// <summary>The page's default, from the parameter catalogue.</summary>
        public string? Default { get; } = ParameterCatalog.Find(ApiKind.CreateIpsecServer, config)?.FindProperty(key)?.DefaultValue;

        public string Fix { get; } = fix;

        public Func<RequestFacts, bool>? AppliesWhen { get; } = appliesWhen;

        public WeakValue? Weakness(string value)
        {
            foreach (var candidate in weak)
            {
                if (string.Equals(candidate.Value, value, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
