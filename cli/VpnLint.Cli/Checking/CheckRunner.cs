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
        var results = CheckAll(checker, discovery, settings, run.Notes);
        run.Files.AddRange(results);
        foreach (var result in results)
        {
            run.Errors.AddRange(result.Errors);
            run.Warnings.AddRange(result.Warnings);
        }

        run.Notes.AddRange(FolderBundleHint.Of(results, UnnamedBeside(checker, discovery, results)));
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
    /// Checks every file on every core: each alone, or, where <c>bundle: folder</c> (or <c>--bundle-folder</c>) says
    /// so, read first and then judged with the other files of its folder, those the run does not name too (read for
    /// their requests, their findings not reported). One file needs no thread.
    /// </summary>
    private static FileResult[] CheckAll(FileChecker checker, FileDiscovery discovery, CheckSettings settings, List<string> notes)
    {
        var files = discovery.Files;
        var results = new FileResult[files.Count];
        var joining = new ReadFile?[files.Count];
        ForEach(files.Count, index => Guarded(files[index], results, index, () =>
        {
            var read = checker.Read(files[index]);
            if (read.IsFinished)
            {
                return read.Result;
            }

            if (read.CanJoinFolder && (settings.BundleFolder || read.Config.BundleFolder))
            {
                joining[index] = read;
                return null;
            }

            checker.Judge([read]);
            if (read.CanJoinFolder)
            {
                read.Result.FolderBundleRole = FolderBundleHint.RoleOf(read.Requests!.Requests);
            }

            return read.Result;
        }));

        var folders = Enumerable.Range(0, files.Count)
            .Where(index => joining[index] is not null)
            .GroupBy(index => Path.GetDirectoryName(files[index].FullPath)!, StringComparer.Ordinal)
            .ToList();
        var taken = files.Select(file => file.FullPath).ToHashSet(StringComparer.Ordinal);
        ForEach(folders.Count, group =>
        {
            var members = folders[group].ToList();
            try
            {
                var bundle = members.Select(index => joining[index]!).Concat(Beside(checker, discovery, folders[group].Key, taken, notes));
                checker.Judge(bundle.OrderBy(read => read.Result.File.FullPath, StringComparer.Ordinal).ToList());
                foreach (var index in members)
                {
                    results[index] = joining[index]!.Result;
                }
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                foreach (var index in members)
                {
                    results[index] = Failure(files[index], $"{files[index].DisplayPath}: VpnLint failed on the bundle of this file's folder ({error.GetType().Name}: {error.Message}); please report it");
                }
            }
        });

        return results;
    }

    /// <summary>
    /// The files of <paramref name="folder"/> the run does not name, read for their requests, in the order a scan of the
    /// folder takes them: a file checked alone is judged as in a check of its whole folder. One that does not read as
    /// requests is left out of the bundle, and said.
    /// </summary>
    private static IEnumerable<ReadFile> Beside(FileChecker checker, FileDiscovery discovery, string folder, IReadOnlySet<string> taken, List<string> notes)
    {
        foreach (var file in discovery.Beside(folder, taken))
        {
            var read = checker.Read(file, contextOnly: true);
            if (!read.IsFinished && read.CanJoinFolder)
            {
                yield return read;
            }
            else if (read.Result.Unreadable || read.Findings.Count > 0)
            {
                var problem = read.Result.Errors.FirstOrDefault() ?? $"{file.DisplayPath}: {read.Findings[0].RuleId} at ({read.Findings[0].Span.StartLine},{read.Findings[0].Span.StartColumn})";
                lock (notes)
                {
                    notes.Add($"{problem}; left out of the bundle of its folder, which the files checked are in: check it to see what is wrong");
                }
            }
        }
    }

    /// <summary>
    /// For the hint that a server's gateway may be in another file of its folder: the first file the run does not name
    /// that creates a gateway, of each folder where the run's files hold a server without its gateway and none creates one.
    /// </summary>
    private static IEnumerable<FileResult> UnnamedBeside(FileChecker checker, FileDiscovery discovery, IEnumerable<FileResult> results)
    {
        var taken = discovery.Files.Select(file => file.FullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in FolderBundleHint.FoldersMissingAGateway(results).ToList())
        {
            foreach (var file in discovery.Beside(folder, taken))
            {
                if (ReadForHint(checker, file) is { } read && !read.IsFinished && read.CanJoinFolder &&
                    FolderBundleHint.RoleOf(read.Requests!.Requests) is { CreatesGateway: true } role)
                {
                    read.Result.FolderBundleRole = role;
                    yield return read.Result;
                    break;
                }
            }
        }
    }

    private static ReadFile? ReadForHint(FileChecker checker, InputFile file)
    {
        try
        {
            return checker.Read(file, contextOnly: true);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A file the run does not name, read only for a hint: a defect on it costs the hint, and shows when it is checked.
            return null;
        }
    }

    private static void ForEach(int count, Action<int> body)
    {
        if (count == 1)
        {
            body(0);
        }
        else if (count > 1)
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, body);
        }
    }

    /// <summary>
    /// A defect of VpnLint itself on one file is said in one line naming the file, and the other files are still
    /// checked: a linter in CI must not fail with a stack trace on input it did not expect. A step that leaves the
    /// file to be judged with its folder gives no result yet.
    /// </summary>
    private static void Guarded(InputFile file, FileResult[] results, int index, Func<FileResult?> step)
    {
        try
        {
            if (step() is { } result)
            {
                results[index] = result;
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            results[index] = Failure(file, $"{file.DisplayPath}: VpnLint failed on this file ({error.GetType().Name}: {error.Message}); please report it");
        }
    }

    private static FileResult Failure(InputFile file, string error)
    {
        var result = new FileResult(file) { Unreadable = true };
        result.Errors.Add(error);
        return result;
    }
}
