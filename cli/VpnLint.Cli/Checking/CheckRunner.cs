using VpnLint.Cli.Input;
using VpnLint.Cli.Configuration;
using VpnLint.Rules;

namespace VpnLint.Cli.Checking;

/// <summary>A whole run: find the files, check them on every core, then apply the baseline.</summary>
internal static class CheckRunner
{
    public static RunResult Run(IReadOnlyList<string> paths, CheckSettings settings, Func<long, byte[]> readStandardInput, string? standardInputName, string? baselinePath)
    {
        var run = new RunResult();
        var configs = new ConfigDiscovery(settings.ConfigPath, settings.WorkingDirectory);
        var discovery = new FileDiscovery(settings.WorkingDirectory, configs, settings.ToolFiles);
        foreach (var path in paths)
        {
            if (path == "-" && discovery.Files.Any(file => file.IsStandardInput))
            {
                run.Errors.Add("- (standard input) is given more than once; it can be read only once");
            }
            else if (path == "-")
            {
                var name = standardInputName ?? InputFile.StandardInputName;
                var fullPath = Path.GetFullPath(name, settings.WorkingDirectory);
                discovery.Files.Add(new InputFile(fullPath, standardInputName is null ? name : discovery.Display(fullPath), InputFile.FormatOf(name), Explicit: true) { Content = readStandardInput(StandardInputLimit(settings, configs)), NameGiven = standardInputName is not null });
            }
            else
            {
                discovery.Add(path);
            }
        }

        if (settings.ContentOverrides is { } overrides)
        {
            for (var index = 0; index < discovery.Files.Count; index++)
            {
                var file = discovery.Files[index];
                if (overrides.TryGetValue(file.FullPath, out var content))
                {
                    discovery.Files[index] = file with { Content = content, NameGiven = file.NameGiven || !file.IsStandardInput };
                }
            }
        }

        run.Errors.AddRange(discovery.Errors);
        run.Notes.AddRange(discovery.Notes);
        if (discovery.Files.Count == 0 && discovery.Errors.Count == 0)
        {
            run.Errors.Add(discovery.LeftOutByGlobs == 0
                ? "no input files: the paths hold no *.json, *.yaml or *.yml file"
                : $"no input files: the include and exclude globs of vpnlint.yaml leave out {(discovery.LeftOutByGlobs == 1 ? "the one *.json, *.yaml or *.yml file" : $"all {discovery.LeftOutByGlobs} *.json, *.yaml and *.yml files")} of the paths");
        }

        var checker = new FileChecker(settings, configs);
        var results = new FileResult[discovery.Files.Count];
        if (results.Length == 1)
        {
            // One file: no thread to start for it.
            results[0] = CheckOne(checker, discovery.Files[0]);
        }
        else
        {
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
                results[index] = CheckOne(checker, discovery.Files[index]));
        }
        run.Files.AddRange(results);
        foreach (var result in results)
        {
            run.Errors.AddRange(result.Errors);
            run.Warnings.AddRange(result.Warnings);
        }

        run.FailLevel = settings.FailLevel ?? configs.For(settings.WorkingDirectory).FailLevel ?? Severity.Error;
        run.Errors.AddRange(configs.Errors);
        if (baselinePath is not null && Baseline.Read(baselinePath, DisplayPath.Of(settings.WorkingDirectory, baselinePath), run.Errors) is { } accepted)
        {
            run.Baselined = Baseline.Apply(baselinePath, accepted, run.Files);
        }

        return run;
    }

    /// <summary>One byte more than the size limit, so that reading standard input is bounded and an input over the limit is still recognised.</summary>
    private static long StandardInputLimit(CheckSettings settings, ConfigDiscovery configs) =>
        (settings.MaxFileSize ?? configs.For(settings.WorkingDirectory).MaxFileSize ?? LintConfig.DefaultMaxFileSize) + 1;

    /// <summary>
    /// A defect of VpnLint itself on one file is said in one line naming the file, and the other files are
    /// still checked: a linter in CI must not fail with a stack trace on input it did not expect.
    /// </summary>
    private static FileResult CheckOne(FileChecker checker, InputFile file)
    {
        try
        {
            return checker.Check(file);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            var result = new FileResult(file) { Unreadable = true };
            result.Errors.Add($"{file.DisplayPath}: VpnLint failed on this file ({error.GetType().Name}: {error.Message}); please report it");
            return result;
        }
    }
}
