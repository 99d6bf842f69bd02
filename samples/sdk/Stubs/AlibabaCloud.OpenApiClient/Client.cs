// Shape stub, not the SDK: the public shape of AlibabaCloud.OpenApiClient 0.1.16, which this build cannot download.
// No behaviour; every method throws.
#nullable disable

using AlibabaCloud.OpenApiClient.Models;

namespace AlibabaCloud.OpenApiClient;

public class Client
{
    public Client(Config config)
    {
    }
}
