using System.CommandLine;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Configuration;
using VpnLint.Cli.Output;
using VpnLint.Cli.Requests;
using VpnLint.Cli.Sources;
using VpnLint.Rules;
using VpnLint.Rules.Catalog;
using VpnLint.Rules.Engine;
using VpnLint.Rules.Model;
using VpnLint.Rules.Parameters;

namespace VpnLint.Cli.Commands;

/// <summary><c>vpnlint check PATH...</c>: the file checker.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Request files (JSON, YAML), folders to search for *.json, *.yaml and *.yml, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<OutputFormat>("--format", "-f") { Description = "text (default), json or sarif.", DefaultValueFactory = _ => OutputFormat.Text, CustomParser = OptionValues.Word<OutputFormat>, HelpName = "text|json|sarif" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var severity = new Option<string[]>("--severity") { Description = "A rule's severity: VPN108=off, VPN301=warning (error, warning, note, off). Repeatable; wins over vpnlint.yaml." };
        var failLevel = new Option<string?>("--fail-level") { Description = "Exit with 1 when a finding is at or above this level: error (default), warning or note." };
        var sslConnections = new Option<long?>("--ssl-connections") { Description = $"The Alibaba gateway's SslConnections ({AllowedNumbers.InWords(AllowedNumbers.SslConnections)}), when the bundle has no CreateVpnGateway (VPN200).", CustomParser = result => OptionValues.PositiveWholeNumber(result, "connections") };
        var maxConnections = new Option<long?>("--max-connections") { Description = "The Huawei P2C gateway's maximum connections (VPN200).", CustomParser = result => OptionValues.PositiveWholeNumber(result, "connections") };
        var vpcCidr = new Option<string[]>("--vpc-cidr") { Description = "A CIDR block or route destination of the VPC (VPN107). Repeatable." };
        var config = new Option<string?>("--config", "-c") { Description = "Use this configuration file for every file instead of finding vpnlint.yaml upward from each file." };
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings that this baseline file does not record." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record today's findings in this file, to pass later as --baseline." };
        var maxFileSize = new Option<long?>("--max-file-size") { Description = "Largest file to read, in bytes (default 10485760, 10 MB).", CustomParser = result => OptionValues.PositiveWholeNumber(result, "bytes") };
        var excerpt = new Option<ExcerptMode>("--excerpt") { Description = "Show each finding's source line with a caret: auto (when output is a terminal), always, never.", DefaultValueFactory = _ => ExcerptMode.Auto, CustomParser = OptionValues.Word<ExcerptMode>, HelpName = "auto|always|never" };
        var inputFormat = new Option<InputFormat>("--input-format") { Description = "How the files' requests are written: auto (by each file's content, default), requests (API requests and bundles), terraform (terraform show -json of a plan or state), ros (ROS templates).", DefaultValueFactory = _ => InputFormat.Auto, CustomParser = OptionValues.Word<InputFormat>, HelpName = "auto|requests|terraform|ros" };
        var stdinName = new Option<string?>("--stdin-filename") { Description = "The name standard input is reported under; its extension picks JSON or YAML." };
        var structure = new Option<string>("--structure-check") { Description = "How VPN003-VPN006 are judged: schema (the JSON Schemas, default) or engine (the rule engine's own walk); both give the same findings.", DefaultValueFactory = _ => "schema", Hidden = true };
        structure.AcceptOnlyFromAmong("schema", "engine");

        var command = new Command("check", "Check request files and report findings.")
        {
            paths, format, output, severity, failLevel, sslConnections, maxConnections, vpcCidr, config, baseline, writeBaseline, maxFileSize, excerpt, inputFormat, stdinName, structure,
        };

        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var settings = new CheckSettings
            {
                WorkingDirectory = console.WorkingDirectory,
                ConfigPath = parse.GetValue(config) is { } configPath ? Path.GetFullPath(configPath, console.WorkingDirectory) : null,
                MaxFileSize = parse.GetValue(maxFileSize),
                InputFormat = parse.GetValue(inputFormat),
                ValidateWithSchemas = parse.GetValue(structure) != "engine",
                FailLevel = ReadFailLevel(parse.GetValue(failLevel), errors),
                Context = ReadContext(parse.GetValue(sslConnections), parse.GetValue(maxConnections), parse.GetValue(vpcCidr) ?? [], errors),
            };
            ReadSeverities(parse.GetValue(severity) ?? [], settings.Severities, errors);
            ReadMistypedOptions(parse.GetValue(paths) ?? [], command, console.WorkingDirectory, errors);
            if (parse.GetValue(stdinName) is not null && !(parse.GetValue(paths) ?? []).Contains("-"))
            {
                errors.Add($"{stdinName.Name} names standard input, which is read only when - is among the paths");
            }

            foreach (var option in new[] { config, baseline, writeBaseline, output })
            {
                if (parse.GetValue(option) is not { } toolFile)
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(toolFile))
                {
                    errors.Add($"{option.Name} needs a file name");
                    continue;
                }

                settings.ToolFiles.Add(Path.GetFullPath(toolFile, console.WorkingDirectory));
            }

            if (errors.Count > 0)
            {
                errors.ForEach(error => console.Error.WriteLine("vpnlint: error: " + error));
                return ExitCodes.UsageOrInput;
            }

            var excerpts = parse.GetValue(excerpt) switch
            {
                ExcerptMode.Always => true,
                ExcerptMode.Never => false,
                _ => console.OutputIsTerminal && parse.GetValue(output) is null,
            };
            settings.KeepSource = excerpts && parse.GetValue(format) == OutputFormat.Text;
            var baselinePath = parse.GetValue(baseline) is { } given ? Path.GetFullPath(given, console.WorkingDirectory) : null;
            var run = CheckRunner.Run(parse.GetValue(paths)!, settings, limit => ReadAtMost(console, limit), parse.GetValue(stdinName), baselinePath);
            if (parse.GetValue(writeBaseline) is { } baselineOut)
            {
                WriteFile(Path.GetFullPath(baselineOut, console.WorkingDirectory), path => Baseline.Write(path, run.Findings), run);
            }

            Report(run, parse.GetValue(format), parse.GetValue(output), excerpts, console);
            return run.ExitCode;
        });

        return command;
    }

    /// <summary>A path that looks like an option and names nothing on disk is a mistyped option (--fromat), not a missing file.</summary>
    private static void ReadMistypedOptions(IEnumerable<string> paths, Command command, string workingDirectory, List<string> errors)
    {
        foreach (var path in paths)
        {
            var fullPath = Path.GetFullPath(path, workingDirectory);
            if (path.Length < 2 || path[0] != '-' || File.Exists(fullPath) || Directory.Exists(fullPath))
            {
                continue;
            }

            var names = command.Options.Where(option => !option.Hidden).SelectMany(option => option.Aliases.Append(option.Name));
            var meant = NameSuggestion.Closest(path, names);
            errors.Add($"{path} is not an option of check{(meant is null ? string.Empty : $" (did you mean {meant}?)")}; `vpnlint check --help` lists them");
        }
    }

    private static void Report(RunResult run, OutputFormat format, string? outputPath, bool excerpts, CliConsole console)
    {
        foreach (var note in run.Notes)
        {
            console.Error.WriteLine("vpnlint: note: " + note);
        }

        foreach (var warning in run.Warnings)
        {
            console.Error.WriteLine("vpnlint: warning: " + warning);
        }

        foreach (var error in run.Errors)
        {
            console.Error.WriteLine("vpnlint: error: " + error);
        }

        if (outputPath is null)
        {
            WriteReport(run, format, excerpts, console.WorkingDirectory, console.Output);
            return;
        }

        var written = WriteFile(Path.GetFullPath(outputPath, console.WorkingDirectory), path =>
        {
            using var file = new StreamWriter(path) { NewLine = "\n" };
            WriteReport(run, format, excerpts, console.WorkingDirectory, file);
        }, run);
        if (written)
        {
            console.Output.WriteLine(TextReport.Summary(run));
        }
        else
        {
            console.Error.WriteLine("vpnlint: error: " + run.Errors[^1]);
        }
    }

    private static void WriteReport(RunResult run, OutputFormat format, bool excerpts, string workingDirectory, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonReport.Write(run, output);
                break;
            case OutputFormat.Sarif:
                SarifReport.Write(run, workingDirectory, output);
                break;
            default:
                TextReport.Write(run, output, excerpts);
                break;
        }

        output.Flush();
    }

    /// <summary>Writes a file the user named, creating its folder; a failure is an error of the run (exit code 2), never an exception.</summary>
    private static bool WriteFile(string path, Action<string> write, RunResult run)
    {
        if (Directory.Exists(path))
        {
            run.Errors.Add($"{path}: is a folder; name a file to write");
            return false;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            write(path);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            run.Errors.Add($"{path}: cannot write the file: {error.Message}");
            return false;
        }
    }

    private static byte[] ReadAtMost(CliConsole console, long limit)
    {
        using var input = console.OpenInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = input.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Severity? ReadFailLevel(string? word, List<string> errors)
    {
        if (word is null)
        {
            return null;
        }

        if (SeverityLevel.TryParse(word, out var level) && level is not null)
        {
            return level;
        }

        errors.Add($"--fail-level {word}: use error, warning or note");
        return null;
    }

    private static void ReadSeverities(string[] values, Dictionary<string, Severity?> severities, List<string> errors)
    {
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            if (parts.Length != 2 || !SeverityLevel.TryParse(parts[1], out var level))
            {
                errors.Add($"--severity {value}: write RULE=LEVEL, such as VPN108=off, with a rule `vpnlint rules` lists and a level of {SeverityLevel.Words}");
                continue;
            }

            if (RuleCatalog.Find(parts[0].Trim()) is not { } rule)
            {
                errors.Add($"--severity {value}: {RuleIdNames.Unknown(parts[0].Trim())}");
                continue;
            }

            severities[rule.Id] = level;
        }
    }

    private static FileContext ReadContext(long? ssl, long? max, string[] cidrs, List<string> errors)
    {
        if (ssl is { } connections && !AllowedNumbers.SslConnections.Contains(connections))
        {
            errors.Add($"--ssl-connections {connections}: a gateway's SslConnections is {AllowedNumbers.InWords(AllowedNumbers.SslConnections)}");
            ssl = null;
        }

        if (max is > int.MaxValue)
        {
            errors.Add($"--max-connections {max}: give at most {int.MaxValue} connections");
            max = null;
        }

        List<ContextCidr>? blocks = null;
        foreach (var text in cidrs)
        {
            if (ContextReader.TryParseCidr(text, out var cidr))
            {
                (blocks ??= []).Add(new ContextCidr(cidr, "--vpc-cidr"));
            }
            else
            {
                errors.Add($"--vpc-cidr {text}: not an IPv4 CIDR block such as 172.16.0.0/12");
            }
        }

        return new FileContext(
            ssl is { } sslLimit ? new ConnectionLimit((int)sslLimit, "--ssl-connections") : null,
            max is { } maxLimit ? new ConnectionLimit((int)maxLimit, "--max-connections") : null,
            blocks);
    }
}
