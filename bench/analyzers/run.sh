#!/usr/bin/env bash
# VpnLint's analyzer benchmark (not a test). It builds two consumer projects, each with -p:ReportAnalyzer=true
# through the compiler server, and prints for each the Csc task's time, VpnLint.Analyzers' time, its share
# of Csc, and its ratio to the .NET SDK's own NetAnalyzers in the same build (the control: the same
# compiler, the same files, the same noise):
#
#   ordinary    this repository's rules/ sources (varied C# that builds no request), the SDK shape
#               stubs, and one file of four request constructions;
#   SDK-dense   <files> files of five request constructions each (default 400).
#
#   bench/analyzers/run.sh [--builds N] [--files N] [--before COMMIT]
#
# With --before, the analyzers of COMMIT (taken with git archive, built outside the repository) are
# measured too, build by build alternating with the working tree's, so that a change in load falls on
# both alike. Each figure is the median of N builds (default 3) after a warm-up build of each variant.
# The projects are generated outside the repository (VPNLINT_BENCH_DIR, default
# $TMPDIR/vpnlint-analyzer-bench) so that they build as a consumer's would: the SDK's default analyzers
# (EnableNETAnalyzers, AnalysisLevel latest), none of this repository's build settings.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
builds=3
files=400
before=
while (($#)); do
  case $1 in
    --builds) builds=$2; shift 2 ;;
    --files) files=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    *) echo "usage: $0 [--builds N] [--files N] [--before COMMIT]" >&2; exit 2 ;;
  esac
done

work=${VPNLINT_BENCH_DIR:-${TMPDIR:-/tmp}/vpnlint-analyzer-bench}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf "$work"
mkdir -p "$work"

# The analyzers of each variant, built in Release: the working tree's, and COMMIT's when asked.
variants=(after)
dotnet build "$repo/analyzers/VpnLint.Analyzers/VpnLint.Analyzers.csproj" -c Release -v:q -tl:off >/dev/null
declare -A analyzers=([after]="$repo/analyzers/VpnLint.Analyzers/bin/Release/netstandard2.0")
if [[ -n $before ]]; then
  mkdir -p "$work/before-source"
  git -C "$repo" archive "$before" rules analyzers Directory.Build.props Directory.Packages.props global.json | tar -x -C "$work/before-source"
  dotnet build "$work/before-source/analyzers/VpnLint.Analyzers/VpnLint.Analyzers.csproj" -c Release -v:q -tl:off >/dev/null
  analyzers[before]="$work/before-source/analyzers/VpnLint.Analyzers/bin/Release/netstandard2.0"
  variants=(before after)
fi

# project <dir> <variant> <compile items>: a consumer project that references one variant's analyzers.
project() {
  mkdir -p "$1"
  cat >"$1/$2.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>disable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <EnableNETAnalyzers>true</EnableNETAnalyzers>
    <AnalysisLevel>latest</AnalysisLevel>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <NoWarn>\$(NoWarn);CS0219;CS8618;CS8625;CS1591</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="$repo/samples/sdk/Stubs/**/*.cs" Link="Stubs/%(RecursiveDir)%(Filename)%(Extension)" />
$3
    <Analyzer Include="${analyzers[$2]}/VpnLint.Analyzers.dll" />
    <Analyzer Include="${analyzers[$2]}/VpnLint.Rules.dll" />
  </ItemGroup>
</Project>
PROJECT
}

# Five constructions of a request file: a complete V2 server (constants), a gateway and its server in one
# method (constants; every tenth file has a block with host bits, a warning), a V1 IPsec server
# (parameters: not constants), and a modification by assignments (mixed); plus plain code around them.
requests() {
  local i=$1 host=0
  if ((i % 10 == 0)); then host=1; fi
  cat <<SOURCE
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
}

# The ordinary project: the rule engine's own sources (with the usings its project implies) and one
# request file of four constructions (CreateServer, CreateGatewayAndServer, CreateIpsecServer).
mkdir -p "$work/ordinary-src/rules"
(cd "$repo/rules/VpnLint.Rules" && find . -name '*.cs' -not -path './obj/*' -not -path './bin/*' -exec cp --parents {} "$work/ordinary-src/rules" \;)
printf 'global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n' >"$work/ordinary-src/Usings.cs"
requests 1 | sed '/public static ModifySslVpnServerRequest Modify/,/^    }$/d' >"$work/ordinary-src/Requests.cs"
mkdir -p "$work/dense-src"
for ((i = 1; i <= files; i++)); do requests "$i" >"$work/dense-src/Requests$i.cs"; done
ordinary_lines=$(find "$work/ordinary-src/rules" -name '*.cs' -exec cat {} + | wc -l)

for variant in "${variants[@]}"; do
  project "$work/ordinary" "$variant" "    <Compile Include=\"$work/ordinary-src/**/*.cs\" />"
  project "$work/dense" "$variant" "    <Compile Include=\"$work/dense-src/*.cs\" />"
done

# build <dir> <variant> <log>: a full compilation (--no-incremental) through the compiler server, as the
# .NET SDK builds by default (named explicitly: an environment may say UseSharedCompilation=false). The
# server stops by itself when idle.
build() {
  dotnet build "$1/$2.csproj" -c Release --no-restore --no-incremental -p:UseSharedCompilation=true -p:ReportAnalyzer=true \
    -v:d -tl:off -clp:PerformanceSummary >"$3"
}

# measure <log>: "csc_ms vpnlint_s netanalyzers_s" from MSBuild's performance summary and the analyzer report.
measure() {
  local csc vpnlint net
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s+[0-9]+ calls' "$1" | tail -n 1 | awk '{print $1}')
  vpnlint=$(grep -E '^\s+[0-9.]+\s+<?[0-9]+\s+VpnLint\.Analyzers, Version' "$1" | head -n 1 | awk '{print $1}')
  net=$(grep -E '^\s+[0-9.]+\s+<?[0-9]+\s+Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers, Version' "$1" | awk '{sum += $1} END {print sum + 0}')
  echo "$csc ${vpnlint:-0} $net"
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

results="$work/results.txt"
: >"$results"
for dir in ordinary dense; do
  for variant in "${variants[@]}"; do
    dotnet restore "$work/$dir/$variant.csproj" -v:q >/dev/null
    build "$work/$dir" "$variant" "$work/$dir-$variant-warm-up.log"
  done
  for ((run = 1; run <= builds; run++)); do
    for variant in "${variants[@]}"; do
      log="$work/$dir-$variant-$run.log"
      build "$work/$dir" "$variant" "$log"
      echo "$dir $variant $(measure "$log")" >>"$results"
    done
  done
done

warnings=$(grep -ohE '/[^ ]+\([0-9]+,[0-9]+\): warning VPN[0-9]{3}' "$work/dense-after-1.log" | sort -u | wc -l)
echo "ordinary: $ordinary_lines lines of rules/ sources and 4 request constructions; SDK-dense: $files files, $((files * 5)) constructions ($warnings VpnLint warnings)"
echo "medians of $builds builds each, through the compiler server; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| project | analyzers | Csc | VpnLint.Analyzers | share of Csc | NetAnalyzers | VpnLint / NetAnalyzers |"
echo "|---|---|---:|---:|---:|---:|---:|"
for dir in ordinary dense; do
  for variant in "${variants[@]}"; do
    rows=$(awk -v d="$dir" -v v="$variant" '$1 == d && $2 == v' "$results")
    csc=$(awk '{print $3}' <<<"$rows" | median)
    vpnlint=$(awk '{print $4}' <<<"$rows" | median)
    net=$(awk '{print $5}' <<<"$rows" | median)
    share=$(awk '{print $4 * 100000 / $3}' <<<"$rows" | median)
    ratio=$(awk '$5 > 0 {print $4 / $5}' <<<"$rows" | median)
    name=$([[ $dir == ordinary ]] && echo ordinary || echo SDK-dense)
    label=$([[ $variant == after ]] && echo "working tree" || echo "$before")
    awk -v n="$name" -v l="$label" -v c="$csc" -v a="$vpnlint" -v s="$share" -v t="$net" -v r="$ratio" \
      'BEGIN { printf "| %s | %s | %.2f s | %.3f s | %.2f %% | %.3f s | %.2fx |\n", n, l, c / 1000, a, s, t, r }'
  done
done
