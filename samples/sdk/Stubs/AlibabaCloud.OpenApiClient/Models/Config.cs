// Shape stub, not the SDK: the public shape of AlibabaCloud.OpenApiClient 0.1.16, which this build cannot download.
// No behaviour; every method throws.
#nullable disable

using Tea;

namespace AlibabaCloud.OpenApiClient.Models;

public class Config : TeaModel
{
    public string AccessKeyId { get; set; }

    public string AccessKeySecret { get; set; }

    public string RegionId { get; set; }

    public string Endpoint { get; set; }
}
