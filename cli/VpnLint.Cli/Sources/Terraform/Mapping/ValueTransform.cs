namespace VpnLint.Cli.Sources.Terraform.Mapping;

/// <summary>How a provider turns an attribute's value into the parameter's.</summary>
internal enum ValueTransform
{
    None,

    /// <summary>A boolean sent where the API takes the text true or false (CreateIpsecServer's DryRun).</summary>
    BooleanAsText,

    /// <summary>
    /// alicloud_vpn_gateway's payment_type: Subscription and PrePaid are sent as PREPAY, PayAsYouGo and PostPaid
    /// as POSTPAY, in that spelling only; any other value (the provider's validation ignores case) as written.
    /// </summary>
    PaymentType,

    /// <summary>The deprecated instance_charge_type: also PrePaid, Prepaid, PostPaid and Postpaid, as the provider converts them first.</summary>
    ChargeType,
}
