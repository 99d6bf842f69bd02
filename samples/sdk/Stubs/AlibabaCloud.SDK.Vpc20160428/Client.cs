// Shape stub, not the SDK: the public shape of AlibabaCloud.SDK.Vpc20160428 7.2.6 (Alibaba Cloud VPC, V2),
// which this build cannot download. No behaviour; every method throws.
#nullable disable

using System;
using System.Threading.Tasks;
using AlibabaCloud.SDK.Vpc20160428.Models;
using AlibabaCloud.TeaUtil.Models;

namespace AlibabaCloud.SDK.Vpc20160428;

public class Client : AlibabaCloud.OpenApiClient.Client
{
    public Client(AlibabaCloud.OpenApiClient.Models.Config config)
        : base(config)
    {
    }

    private const string StubMessage = "A shape stub of the Alibaba Cloud VPC SDK: reference the real package to call the cloud.";

    public CreateVpnGatewayResponse CreateVpnGatewayWithOptions(CreateVpnGatewayRequest request, RuntimeOptions runtime) => throw new NotSupportedException(StubMessage);

    public Task<CreateVpnGatewayResponse> CreateVpnGatewayWithOptionsAsync(CreateVpnGatewayRequest request, RuntimeOptions runtime) => throw new NotSupportedException(StubMessage);

    public CreateVpnGatewayResponse CreateVpnGateway(CreateVpnGatewayRequest request) => throw new NotSupportedException(StubMessage);

    public Task<CreateVpnGatewayResponse> CreateVpnGatewayAsync(CreateVpnGatewayRequest request) => throw new NotSupportedException(StubMessage);

    public CreateSslVpnServerResponse CreateSslVpnServerWithOptions(CreateSslVpnServerRequest request, RuntimeOptions runtime) => throw new NotSupportedException(StubMessage);

    public Task<CreateSslVpnServerResponse> CreateSslVpnServerWithOptionsAsync(CreateSslVpnServerRequest request, RuntimeOptions runtime) => throw new NotSupportedException(StubMessage);

    public CreateSslVpnServerResponse CreateSslVpnServer(CreateSslVpnServerRequest request) => throw new NotSupportedException(StubMessage);

    public Task<CreateSslVpnServerResponse> CreateSslVpnServerAsync(CreateSslVpnServerRequest request) => throw new NotSupportedException(StubMessage);

    public ModifySslVpnServerResponse ModifySslVpnServerWithOptions(ModifySslVpnServerRequest request, RuntimeOptions runtime) => throw new NotSupportedException(StubMessage);

    public Task<ModifySslVpnServerResponse> ModifySslVpnServerWithOptionsAsync(ModifySslVpnServerRequest request, RuntimeOptions runtime) => throw new NotSupportedException(StubMessage);

    public ModifySslVpnServerResponse ModifySslVpnServer(ModifySslVpnServerRequest request) => throw new NotSupportedException(StubMessage);

    public Task<ModifySslVpnServerResponse> ModifySslVpnServerAsync(ModifySslVpnServerRequest request) => throw new NotSupportedException(StubMessage);

    public CreateIpsecServerResponse CreateIpsecServerWithOptions(CreateIpsecServerRequest request, RuntimeOptions runtime) => throw new NotSupportedException(StubMessage);

    public Task<CreateIpsecServerResponse> CreateIpsecServerWithOptionsAsync(CreateIpsecServerRequest request, RuntimeOptions runtime) => throw new NotSupportedException(StubMessage);

    public CreateIpsecServerResponse CreateIpsecServer(CreateIpsecServerRequest request) => throw new NotSupportedException(StubMessage);

    public Task<CreateIpsecServerResponse> CreateIpsecServerAsync(CreateIpsecServerRequest request) => throw new NotSupportedException(StubMessage);
}
