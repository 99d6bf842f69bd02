namespace VpnLint.Cli.Sources.Terraform.Mapping;

/// <summary>When a provider puts an attribute into the request, as its Go code decides.</summary>
internal enum Sending
{
    /// <summary><c>d.Get</c>: whatever the value is (a required attribute, or one with a schema default).</summary>
    Always,

    /// <summary><c>d.GetOk</c> or <c>ValueIgnoreEmpty</c>: not when null or empty (<c>""</c>, 0, false, no items).</summary>
    WhenSet,

    /// <summary><c>d.GetOkExists</c>: whenever given, false and 0 included.</summary>
    WhenGiven,

    /// <summary><c>d.HasChange</c>, on an update: only when the plan changes the value.</summary>
    WhenChanged,
}
