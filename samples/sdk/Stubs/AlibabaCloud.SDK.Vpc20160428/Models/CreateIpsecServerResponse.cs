// Shape stub, not the SDK: the public shape of AlibabaCloud.SDK.Vpc20160428 7.2.6 (Alibaba Cloud VPC, V2),
// which this build cannot download. No behaviour; every method throws.
#nullable disable

using System.Collections.Generic;
using Tea;

namespace AlibabaCloud.SDK.Vpc20160428.Models;

public class CreateIpsecServerResponse : TeaModel
{
    [NameInMap("headers")]
    [Validation(Required = false)]
    public Dictionary<string, string> Headers { get; set; }

    [NameInMap("statusCode")]
    [Validation(Required = false)]
    public int? StatusCode { get; set; }

    [NameInMap("body")]
    [Validation(Required = false)]
    public CreateIpsecServerResponseBody Body { get; set; }
}
