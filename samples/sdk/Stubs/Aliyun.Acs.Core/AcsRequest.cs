// Shape stub, not the SDK: the public shape of aliyun-net-sdk-vpc 3.0.14 / aliyun-net-sdk-core (Alibaba Cloud
// VPC, V1), which this build cannot download. No behaviour; every method throws.
#nullable disable

using System.Collections.Generic;
using Aliyun.Acs.Core.Http;

namespace Aliyun.Acs.Core;

public abstract class AcsRequest<T> : HttpRequest
{
    protected AcsRequest(string product) => Product = product;

    public virtual string RegionId { get; set; }

    public string Product { get; set; }

    public string Version { get; set; }

    public string ActionName { get; set; }

    public Dictionary<string, string> QueryParameters { get; } = new Dictionary<string, string>();

    public virtual bool CheckShowJsonItemName() => true;
}
