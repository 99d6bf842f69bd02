using System.CommandLine;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Configuration;
using VpnLint.Cli.Fixing;
using VpnLint.Cli.Output;
using VpnLint.Cli.Requests;
using VpnLint.Cli.Sources;
using VpnLint.Rules;
using VpnLint.Rules.Catalog;
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
        var format = new Option<OutputFormat?>("--format", "-f") { Description = "The report: text (the default), json, sarif, github (workflow commands), gitlab (Code Quality), junit or checkstyle.", CustomParser = OptionValues.Word<OutputFormat>, HelpName = OptionValues.Words<OutputFormat>() };
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
        var excerpt = new Option<ExcerptMode?>("--excerpt") { Description = "Show each finding's source line with a caret: auto (the default: when output is a terminal), always or never.", CustomParser = OptionValues.Word<ExcerptMode>, HelpName = OptionValues.Words<ExcerptMode>() };
        var color = new Option<ColorMode?>("--color") { Description = "Colour the text report: auto (the default: on a terminal, unless NO_COLOR is set, or when FORCE_COLOR is), always or never.", CustomParser = OptionValues.Word<ColorMode>, HelpName = OptionValues.Words<ColorMode>() };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Report only errors, and no summary; the exit code still follows --fail-level." };
        var fix = new Option<bool>("--fix") { Description = "Apply the fixes the findings carry (a value's case, host bits, the default port, a wider client block) to the files, then check them again." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the fixes as a unified diff and write nothing." };
        var inputFormat = new Option<InputFormat?>("--input-format") { Description = "How the files' requests are written: auto (the default: by each file's content), requests (API requests and bundles), terraform (terraform show -json of a plan or state), ros (ROS templates).", CustomParser = OptionValues.Word<InputFormat>, HelpName = OptionValues.Words<InputFormat>() };
        var bundleFolder = new Option<bool>("--bundle-folder") { Description = "Check the request files of each folder together, as one bundle (as bundle: folder in vpnlint.yaml), so that a server in one file is judged against the gateway in another." };
        var stdinName = new Option<string?>("--stdin-filename") { Description = "The name standard input is reported under; its extension picks JSON or YAML." };

        var command = new Command("check", "Check request files and report findings.")
        {
            paths, format, output, severity, failLevel, sslConnections, maxConnections, vpcCidr, config, baseline, writeBaseline, maxFileSize, excerpt, inputFormat, color, quiet, fix, dryRun, bundleFolder, stdinName,
        };

        command.SetAction(parse =>
        {
            var errors = new List<string>();
            var settings = new CheckSettings
            {
                WorkingDirectory = console.WorkingDirectory,
                ConfigPath = parse.GetValue(config) is { } configPath ? Path.GetFullPath(configPath, console.WorkingDirectory) : null,
                MaxFileSize = parse.GetValue(maxFileSize),
                InputFormat = parse.GetValue(inputFormat) ?? InputFormat.Auto,
                BundleFolder = parse.GetValue(bundleFolder),
                FailLevel = ReadFailLevel(parse.GetValue(failLevel), errors),
                Context = ReadContext(parse.GetValue(sslConnections), parse.GetValue(maxConnections), parse.GetValue(vpcCidr) ?? [], errors),
            };
            ReadSeverities(parse.GetValue(severity) ?? [], settings.Severities, errors);
            ReadMistypedOptions(parse.GetValue(paths) ?? [], command, console.WorkingDirectory, errors);
            if (parse.GetValue(stdinName) is not null && !(parse.GetValue(paths) ?? []).Contains("-"))
            {
                errors.Add($"{stdinName.Name} names standard input, which is read only when - is among the paths");
            }

            if (parse.GetValue(dryRun) && !parse.GetValue(fix))
            {
                errors.Add($"{dryRun.Name} shows what {fix.Name} would change; give it with {fix.Name}");
            }
            else if (parse.GetValue(fix) && !parse.GetValue(dryRun) && (parse.GetValue(paths) ?? []).Contains("-"))
            {
                errors.Add($"{fix.Name} writes files, and standard input (-) is none; {fix.Name} {dryRun.Name} prints its fixes as a diff");
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

            var reportFormat = parse.GetValue(format) ?? OutputFormat.Text;
            var toTerminal = console.OutputIsTerminal && parse.GetValue(output) is null;
            var excerpts = (parse.GetValue(excerpt) ?? ExcerptMode.Auto) switch
            {
                ExcerptMode.Always => true,
                ExcerptMode.Never => false,
                _ => toTerminal,
            };
            settings.KeepSource = excerpts && reportFormat == OutputFormat.Text;
            settings.KeepForFixing = parse.GetValue(fix);
            var baselinePath = parse.GetValue(baseline) is { } given ? Path.GetFullPath(given, console.WorkingDirectory) : null;
            byte[]? standardInput = null;
            // Standard input is read once: a second check after --fix sees the same bytes.
            Func<long, byte[]> readStandardInput = limit => standardInput ??= ReadAtMost(console, limit);
            var run = CheckRunner.Run(parse.GetValue(paths)!, settings, readStandardInput, parse.GetValue(stdinName), baselinePath);
            var dryRunDiff = parse.GetValue(fix) && parse.GetValue(dryRun);
            if (parse.GetValue(fix))
            {
                run = FixAndCheckAgain(run, dryRunDiff, settings, console, parse.GetValue(paths)!, readStandardInput, parse.GetValue(stdinName), baselinePath);
            }

            if (parse.GetValue(writeBaseline) is { } baselineOut)
            {
                CheckReport.WriteFile(Path.GetFullPath(baselineOut, console.WorkingDirectory), path => Baseline.Write(path, run.Findings), run);
            }

            var quietly = parse.GetValue(quiet);
            if (quietly)
            {
                run.HideBelow(Severity.Error);
            }

            var options = new ReportOptions(console.WorkingDirectory)
            {
                Excerpts = excerpts,
                // Colour is for a reader at a terminal: never in a report file.
                Color = parse.GetValue(output) is null && reportFormat == OutputFormat.Text && ColorChoice.UseColor(parse.GetValue(color) ?? ColorMode.Auto, console),
                Quiet = quietly,
            };
            CheckReport.Write(run, ReportWriters.For(reportFormat), parse.GetValue(output), options, console, reportOnStandardOutput: !dryRunDiff);
            return run.ExitCode;
        });

        return command;
    }

    /// <summary>
    /// Applies the run's fixes (or, for a dry run, prints them as a diff), then checks the same paths again, so that
    /// the report shows what is left; what was fixed, and what was not and why, is said on standard error.
    /// </summary>
    private static RunResult FixAndCheckAgain(RunResult run, bool dryRun, CheckSettings settings, CliConsole console, IReadOnlyList<string> paths, Func<long, byte[]> readStandardInput, string? standardInputName, string? baselinePath)
    {
        var fixes = FixRun.Apply(run, write: !dryRun);
        if (dryRun)
        {
            foreach (var file in fixes.Files)
            {
                console.Output.Write(UnifiedDiff.Of(file.File.DisplayPath, file.OldText, file.NewText));
            }

            settings.ContentOverrides = fixes.Files.ToDictionary(file => file.File.FullPath, file => file.NewContent, StringComparer.Ordinal);
        }

        settings.KeepForFixing = false;
        var again = CheckRunner.Run(paths, settings, readStandardInput, standardInputName, baselinePath);
        again.Errors.AddRange(fixes.Errors);
        again.Notes.AddRange(fixes.Unfixed.Select(unfixed => unfixed.ToString()));
        var files = fixes.Files.Count;
        var fixedCount = fixes.Fixed;
        var left = again.Findings.Count();
        again.Notes.Add(dryRun
            ? $"--fix --dry-run: would fix {Plural(fixedCount, "finding")} in {Plural(files, "file")}, leaving {Plural(left, "finding")}; nothing was written"
            : $"fixed {Plural(fixedCount, "finding")} in {Plural(files, "file")}; {Plural(left, "finding")} left");
        return again;
    }

    private static string Plural(int count, string noun) => $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {noun}{(count == 1 ? string.Empty : "s")}";

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

            errors.Add(UsageErrors.Unmatched(path, command));
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
