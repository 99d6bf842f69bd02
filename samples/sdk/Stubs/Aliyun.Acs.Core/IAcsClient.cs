// Shape stub, not the SDK: the public shape of aliyun-net-sdk-vpc 3.0.14 / aliyun-net-sdk-core (Alibaba Cloud
// VPC, V1), which this build cannot download. No behaviour; every method throws.
#nullable disable

using Aliyun.Acs.Core.Auth;
using Aliyun.Acs.Core.Profile;

namespace Aliyun.Acs.Core;

public interface IAcsClient
{
    T GetAcsResponse<T>(AcsRequest<T> request)
        where T : AcsResponse;

    T GetAcsResponse<T>(AcsRequest<T> request, bool autoRetry, int maxRetryCounts)
        where T : AcsResponse;

    T GetAcsResponse<T>(AcsRequest<T> request, IClientProfile profile)
        where T : AcsResponse;

    T GetAcsResponse<T>(AcsRequest<T> request, string regionId, Credential credential)
        where T : AcsResponse;
}
