#!/usr/bin/env bash
# VpnLint's analyzer benchmark (not a test): generate a project of 1,000 C# files with five Alibaba
# Cloud SDK request constructions each, constants and non-constants mixed, build it with
# -p:ReportAnalyzer=true, and print VpnLint's analyzer time as a share of the compiler's (the Csc task's).
#
#   bench/analyzers/run.sh [files]
#
# The project is generated outside the repository (VPNLINT_BENCH_DIR, default $TMPDIR/vpnlint-analyzer-bench)
# so that it builds as a consumer's project would: the SDK's default analyzers, none of this repository's
# build settings. It references the analyzers' Release build and the SDK shape stubs of samples/sdk.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
files=${1:-1000}
work=${VPNLINT_BENCH_DIR:-${TMPDIR:-/tmp}/vpnlint-analyzer-bench}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$repo/analyzers/VpnLint.Analyzers/VpnLint.Analyzers.csproj" -c Release -v:q -tl:off >/dev/null
analyzers="$repo/analyzers/VpnLint.Analyzers/bin/Release/netstandard2.0"

rm -rf "$work"
mkdir -p "$work/src"
cat >"$work/Bench.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>disable</ImplicitUsings>
    <NoWarn>\$(NoWarn);CS0219</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$repo/samples/sdk/Stubs/**/*.cs" Link="Stubs/%(RecursiveDir)%(Filename)%(Extension)" />
    <Analyzer Include="$analyzers/VpnLint.Analyzers.dll" />
    <Analyzer Include="$analyzers/VpnLint.Rules.dll" />
  </ItemGroup>
</Project>
PROJECT

# Five constructions per file: a complete V2 server (constants), a gateway and its server in one
# method (constants; every tenth file has a block with host bits, a warning), a V1 IPsec server
# (parameters: not constants), and a modification by assignments (mixed); plus plain code around them.
for ((i = 1; i <= files; i++)); do
  host=0
  if ((i % 10 == 0)); then host=1; fi
  cat >"$work/src/Requests$i.cs" <<SOURCE
using System.Collections.Generic;
using AlibabaCloud.SDK.Vpc20160428;
using AlibabaCloud.SDK.Vpc20160428.Models;
using Aliyun.Acs.Core;

namespace Bench;

public static class Requests$i
{
    private const string Office = "10.$((i % 200)).0.0/16";

    public static void CreateServer(Client client)
    {
        var request = new CreateSslVpnServerRequest
        {
            RegionId = "cn-hangzhou",
            VpnGatewayId = "vpn-$i",
            ClientIpPool = "192.168.$((i % 250)).0/24",
            LocalSubnet = Office + ",172.16.$((i % 250)).$host/24",
            Port = 1194,
            Proto = "UDP",
        };
        client.CreateSslVpnServer(request);
    }

    public static void CreateGatewayAndServer(Client client, string name)
    {
        var gateway = new CreateVpnGatewayRequest { RegionId = "cn-hangzhou", VpcId = "vpc-$i", Bandwidth = 10, EnableSsl = true, SslConnections = 50, Name = name };
        client.CreateVpnGateway(gateway);
        var server = new CreateSslVpnServerRequest { RegionId = "cn-hangzhou", VpnGatewayId = name, ClientIpPool = "192.168.$((i % 250)).0/24", LocalSubnet = Office };
        client.CreateSslVpnServer(server);
    }

    public static void CreateIpsecServer(IAcsClient client, string gateway, string pool, string subnets, bool psk)
    {
        var request = new Aliyun.Acs.Vpc.Model.V20160428.CreateIpsecServerRequest();
        request.VpnGatewayId = gateway;
        request.ClientIpPool = pool;
        request.LocalSubnet = subnets;
        request.PskEnabled = psk;
        request.IkeConfig = "{\"IkeVersion\":\"ikev2\",\"IkeAuthAlg\":\"sha256\",\"IkePfs\":\"group14\"}";
        request.IpsecConfig = "{\"IpsecAuthAlg\":\"sha256\",\"IpsecPfs\":\"group14\"}";
        client.GetAcsResponse(request);
    }

    public static ModifySslVpnServerRequest Modify(string id, int port)
    {
        var request = new ModifySslVpnServerRequest();
        request.SslVpnServerId = id;
        request.Port = port;
        request.Cipher = "AES-256-CBC";
        request.Compress = false;
        return request;
    }

    public static int Total(IEnumerable<int> values)
    {
        var total = 0;
        foreach (var value in values)
        {
            total += value % $((i % 7 + 2)) == 0 ? value : -value;
        }

        var names = new List<string> { "a$i", "b$i" };
        return total + names.Count;
    }
}
SOURCE
done

# Each build compiles all the files (--no-incremental). Builds through the compiler server, as the .NET
# SDK does by default, first warm it twice (a server that still holds an older build of the analyzers
# turns the first request away), then one is measured; a last build runs the compiler in a fresh process
# (UseSharedCompilation=false, common on CI), which also pays for compiling VpnLint's own code to
# machine code. The server stops by itself when idle.
build() {
  dotnet build "$work/Bench.csproj" -c Release --no-restore --no-incremental -p:UseSharedCompilation="$1" \
    -p:ReportAnalyzer=true -v:d -tl:off -clp:PerformanceSummary >"$work/$2.log"
}

report() {
  local log="$work/$1.log" csc_ms vpnlint_s all_s
  csc_ms=$(grep -E '^\s+[0-9]+ ms\s+Csc\s+[0-9]+ calls' "$log" | tail -n 1 | awk '{print $1}')
  vpnlint_s=$(grep -E '^\s+[0-9.]+\s+<?[0-9]+\s+VpnLint\.Analyzers, Version' "$log" | head -n 1 | awk '{print $1}')
  all_s=$(grep -E 'Total analyzer execution time: [0-9.]+ seconds' "$log" | head -n 1 | sed -E 's/.*time: ([0-9.]+) seconds.*/\1/')
  awk -v name="$2" -v v="$vpnlint_s" -v c="$csc_ms" -v a="$all_s" \
    'BEGIN { printf "%s: Csc task %d ms, all analyzers %.3f s, VpnLint.Analyzers %.3f s = %.2f%% of the compiler time\n", name, c, a, v, v * 100000 / c }'
}

dotnet restore "$work/Bench.csproj" -v:q >/dev/null
build true warm-up
build true warm-up
build true server
build false fresh
warnings=$(grep -oE '/[^ ]+\([0-9]+,[0-9]+\): warning VPN[0-9]{3}' "$work/server.log" | sort -u | wc -l)
echo "$files files, $((files * 5)) SDK request constructions; VpnLint warnings in the build: $warnings"
report server "compiler server (default)"
report fresh "fresh compiler process"
