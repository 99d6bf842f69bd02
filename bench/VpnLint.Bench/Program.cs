using System.Diagnostics;
using System.Globalization;
using System.Text;
using VpnLint.Bench;

// dotnet run -c Release --project bench/VpnLint.Bench -- [--files 10000] [--runs 3] [--before COMMIT]
// Publishes vpnlint (ReadyToRun) and a hello world, generates the files, and measures side by side:
// vpnlint (writing its JSON report to a file), the parse-only baselines, and the whole check in this
// process with the schemas and with the engine's structural walk instead; then one small file against a
// hello world, for start-up; then a Terraform plan of 1,000 resources against the same requests as raw
// request files; then the text and SARIF reports, and ajv-cli on the schemas alone where npm can install it.
// With --before, vpnlint as it was at COMMIT is published too and its JSON, text and SARIF rows run in the
// same rounds, so that a change is measured against what it changes on one machine at one time.
if (args.Length == 2 && args[0] is "parse-only" or "parse-located")
{
    return ParseOnly.Run(args[1], located: args[0] == "parse-located");
}

if (args.Length == 2 && args[0] is "check-schemas" or "check-walk")
{
    return StructureCheck.Run(args[1], schemas: args[0] == "check-schemas");
}

var files = Option("--files", 10_000);
var runs = Option("--runs", 3);
var root = FindRoot();
var work = Path.Combine(root, "artifacts", "bench");
Directory.CreateDirectory(work);

Console.WriteLine("Publishing vpnlint and the hello world (Release, ReadyToRun, linux-x64)...");
var vpnlint = Publish(Path.Combine(root, "cli", "VpnLint.Cli"), Path.Combine(work, "vpnlint"), "vpnlint");
var hello = Publish(Path.Combine(root, "bench", "HelloWorld"), Path.Combine(work, "hello"), "HelloWorld");
var self = Environment.ProcessPath!;

var corpus = Path.Combine(work, "files");
Console.WriteLine($"Generating {files:N0} request files in {corpus}...");
RequestFileGenerator.Write(corpus, files, seed: 42);
// In a folder of its own: a file beside others may make vpnlint read them for the hint that they join a folder bundle.
var single = Path.Combine(work, "single", "single.yaml");
Directory.CreateDirectory(Path.GetDirectoryName(single)!);
File.WriteAllText(single, "Action: CreateSslVpnServer\nRegionId: cn-hangzhou\nVpnGatewayId: vpn-1\nClientIpPool: 192.168.0.0/24\nLocalSubnet: 10.0.0.0/8\nCompress: false\n");

const int PlanResources = 1_000;
var plan = Path.Combine(work, "plan.json");
var bundles = Path.Combine(work, "plan-as-bundles");
var oneBundle = Path.Combine(work, "plan-as-one-bundle.json");
Console.WriteLine($"Generating a plan of {PlanResources:N0} resources and the same requests as raw files...");
PlanGenerator.Write(plan, bundles, oneBundle, PlanResources, seed: 42);

var report = Path.Combine(work, "report.json");
var runsOf = new List<(string Name, string Program, string[] Arguments, int Runs)>
{
    ($"vpnlint check ({files:N0} files)", vpnlint, ["check", corpus, "--format", "json", "--output", report], runs),
    ("in-process check, schemas for VPN003-VPN006", self, ["check-schemas", corpus], runs),
    ($"parse-only baseline, located model ({files:N0} files)", self, ["parse-located", corpus], runs),
    ($"parse-only floor, bare parsers ({files:N0} files)", self, ["parse-only", corpus], runs),
    ("vpnlint check (one small file)", vpnlint, ["check", single], Math.Max(runs, 15)),
    ("dotnet hello world", hello, [], Math.Max(runs, 15)),
    ($"vpnlint check, a Terraform plan of {PlanResources:N0} resources", vpnlint, ["check", plan, "--format", "json", "--output", report], runs),
    ("vpnlint check, the same requests as raw bundle files (one per gateway)", vpnlint, ["check", bundles, "--format", "json", "--output", report], runs),
    ("vpnlint check, the same requests as one raw bundle file", vpnlint, ["check", oneBundle, "--format", "json", "--output", report], runs),
    ("vpnlint check, the per-gateway bundle files as one folder bundle (--bundle-folder)", vpnlint, ["check", bundles, "--format", "json", "--output", report, "--bundle-folder"], runs),
    ("in-process check, engine structure walk", self, ["check-walk", corpus], runs),
    ($"vpnlint check --format text ({files:N0} files)", vpnlint, ["check", corpus, "--format", "text", "--output", Path.Combine(work, "report.txt")], runs),
    ($"vpnlint check --format sarif ({files:N0} files)", vpnlint, ["check", corpus, "--format", "sarif", "--output", Path.Combine(work, "report.sarif")], runs),
};

var before = Text("--before");
if (before is not null)
{
    Console.WriteLine($"Publishing vpnlint as it was at {before}...");
    var previous = PublishAt(before, Path.Combine(work, "before"));
    foreach (var (format, extension) in new[] { ("json", "json"), ("text", "txt"), ("sarif", "sarif") })
    {
        runsOf.Add(($"vpnlint at {before} --format {format} ({files:N0} files)", previous, ["check", corpus, "--format", format, "--output", Path.Combine(work, "before-report." + extension)], runs));
    }
}

// The peer: ajv-cli validating the same files against the schemas alone, where npm can install it.
var (ajv, ajvArguments, ajvSkipped) = AjvCli.Prepare(root, work, corpus);
if (ajv is not null)
{
    runsOf.Add(($"ajv-cli {AjvCli.Version}, schemas only ({files:N0} files)", ajv, ajvArguments, runs));
}
else
{
    Console.WriteLine(ajvSkipped);
}

// Round-robin: each round runs every row once, so that a change in the machine's load falls on all rows alike.
var measured = runsOf.Select(_ => new List<Measurement>()).ToList();
for (var round = 0; round < runsOf.Max(row => row.Runs); round++)
{
    for (var row = 0; row < runsOf.Count; row++)
    {
        if (round < runsOf[row].Runs)
        {
            measured[row].Add(Measurement.Of(runsOf[row].Program, runsOf[row].Arguments, root));
        }
    }
}

var rows = new List<(string Name, Measurement Result)>();
for (var row = 0; row < runsOf.Count; row++)
{
    var median = Measurement.Median(measured[row]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runsOf[row].Name}: {median.Wall.TotalMilliseconds:N0} ms, {median.PeakBytes / (1024.0 * 1024.0):N0} MB, exit {median.ExitCode}"));
    rows.Add((runsOf[row].Name, median));
}

var table = new StringBuilder();
table.AppendLine(CultureInfo.InvariantCulture, $"| run | wall time | files/s | peak memory |");
table.AppendLine("|---|---:|---:|---:|");
foreach (var (name, result) in rows)
{
    var perSecond = name.Contains("files)", StringComparison.Ordinal) || name.Contains("in-process", StringComparison.Ordinal) ? (files / result.Wall.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "";
    table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {result.Wall.TotalMilliseconds:N0} ms | {perSecond} | {result.PeakBytes / (1024.0 * 1024.0):N0} MB |");
}

var ratioLocated = rows[0].Result.Wall / rows[2].Result.Wall;
var ratioFloor = rows[0].Result.Wall / rows[3].Result.Wall;
var ratioSchema = rows[1].Result.Wall / rows[10].Result.Wall;
var ratioStart = rows[4].Result.Wall / rows[5].Result.Wall;
var ratioPlanToBundles = rows[6].Result.Wall / rows[7].Result.Wall;
var ratioPlanToOneBundle = rows[6].Result.Wall / rows[8].Result.Wall;
table.AppendLine();
table.AppendLine(CultureInfo.InvariantCulture, $"- vpnlint / parse-only into the located model on {files:N0} files: {ratioLocated:0.00}x (target 1.3x)");
table.AppendLine(CultureInfo.InvariantCulture, $"- vpnlint / bare parsers on {files:N0} files: {ratioFloor:0.00}x");
table.AppendLine(CultureInfo.InvariantCulture, $"- schema validation / engine walk for VPN003-VPN006: {ratioSchema:0.00}x");
table.AppendLine(CultureInfo.InvariantCulture, $"- peak memory of vpnlint on {files:N0} files: {rows[0].Result.PeakBytes / (1024.0 * 1024.0):N0} MB (target 150 MB)");
table.AppendLine(CultureInfo.InvariantCulture, $"- one small file / hello world: {ratioStart:0.00}x (target 2.5x)");
table.AppendLine(CultureInfo.InvariantCulture, $"- Terraform plan of {PlanResources:N0} resources / the same requests as raw bundle files: {ratioPlanToBundles:0.00}x; / as one raw bundle: {ratioPlanToOneBundle:0.00}x");
foreach (var row in rows.Skip(11).Take(2))
{
    table.AppendLine(CultureInfo.InvariantCulture, $"- {row.Name} / parse-only into the located model: {row.Result.Wall / rows[2].Result.Wall:0.00}x (target 1.4x)");
}

if (before is not null)
{
    var after = new[] { rows[0], rows[11], rows[12] };
    var previous = rows.Skip(13).Take(3).ToArray();
    for (var format = 0; format < after.Length; format++)
    {
        table.AppendLine(CultureInfo.InvariantCulture, $"- {after[format].Name}, against {before}: wall {after[format].Result.Wall / previous[format].Result.Wall:0.00}x ({previous[format].Result.Wall.TotalMilliseconds:N0} ms before), peak {after[format].Result.PeakBytes / (1024.0 * 1024.0):N0} MB against {previous[format].Result.PeakBytes / (1024.0 * 1024.0):N0} MB");
    }
}

if (ajv is not null)
{
    var peer = rows[^1].Result;
    foreach (var (name, result) in rows.Take(1).Concat(rows.Skip(11).Take(2)))
    {
        table.AppendLine(CultureInfo.InvariantCulture, $"- {name} / ajv-cli: wall {result.Wall / peer.Wall:0.00}x (target 1.3x), peak {result.PeakBytes / (1024.0 * 1024.0):N0} MB against {peer.PeakBytes / (1024.0 * 1024.0):N0} MB (target 120 MB)");
    }
}
else
{
    table.AppendLine(CultureInfo.InvariantCulture, $"- {ajvSkipped}");
}

table.AppendLine(CultureInfo.InvariantCulture, $"- machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {runs} runs per row (median), 15 for the start-up rows");
Console.WriteLine();
Console.Write(table);
File.WriteAllText(Path.Combine(work, "results.md"), table.ToString());
return 0;

string Publish(string project, string output, string name)
{
    Run("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", output, "--nologo", "-v", "quiet"]);
    return Path.Combine(output, name);
}

// The commit's sources, taken with git archive into a folder outside the working tree's projects, published as the working tree is.
string PublishAt(string commit, string folder)
{
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }

    var source = Path.Combine(folder, "source");
    Directory.CreateDirectory(source);
    var archive = Path.Combine(folder, "source.tar");
    Run("git", ["-C", root, "archive", "--output", archive, commit, "cli", "rules", "schema", "docs", "Directory.Build.props", "Directory.Packages.props", "global.json", "LICENSE"]);
    Run("tar", ["-x", "-f", archive, "-C", source]);
    return Publish(Path.Combine(source, "cli", "VpnLint.Cli"), Path.Combine(folder, "vpnlint"), "vpnlint");
}

void Run(string program, string[] arguments)
{
    using var process = Process.Start(new ProcessStartInfo(program, arguments) { WorkingDirectory = root })!;
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed");
    }
}

int Option(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string FindRoot()
{
    for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "VpnLint.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark inside the repository.");
}
