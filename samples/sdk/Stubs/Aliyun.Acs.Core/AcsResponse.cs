// Shape stub, not the SDK: the public shape of aliyun-net-sdk-vpc 3.0.14 / aliyun-net-sdk-core (Alibaba Cloud
// VPC, V1), which this build cannot download. No behaviour; every method throws.
#nullable disable

using Aliyun.Acs.Core.Http;

namespace Aliyun.Acs.Core;

public class AcsResponse
{
    public HttpResponse HttpResponse { get; set; }

    public string RequestId { get; set; }
}
