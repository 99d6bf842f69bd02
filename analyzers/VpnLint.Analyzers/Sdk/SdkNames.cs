namespace VpnLint.Analyzers.Sdk;

/// <summary>The SDK types' metadata names, as shared/sdk-surface.md records them: types are matched by these, never by simple name.</summary>
internal static class SdkNames
{
    public const string V2ModelsNamespace = "AlibabaCloud.SDK.Vpc20160428.Models";
    public const string V2Client = "AlibabaCloud.SDK.Vpc20160428.Client";

    public const string V1ModelsNamespace = "Aliyun.Acs.Vpc.Model.V20160428";
    public const string V1Client = "Aliyun.Acs.Core.IAcsClient";
    public const string V1Send = "GetAcsResponse";

    public const string RequestSuffix = "Request";
    public const string AsyncSuffix = "Async";
    public const string WithOptionsSuffix = "WithOptions";
}
