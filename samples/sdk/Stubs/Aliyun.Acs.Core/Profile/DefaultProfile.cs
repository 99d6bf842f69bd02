// Shape stub, not the SDK: the public shape of aliyun-net-sdk-vpc 3.0.14 / aliyun-net-sdk-core (Alibaba Cloud
// VPC, V1), which this build cannot download. No behaviour; every method throws.
#nullable disable

using System;

namespace Aliyun.Acs.Core.Profile;

public class DefaultProfile : IClientProfile
{
    public static DefaultProfile GetProfile(string regionId, string accessKeyId, string secret) => throw new NotSupportedException();

    public string GetRegionId() => throw new NotSupportedException();
}
