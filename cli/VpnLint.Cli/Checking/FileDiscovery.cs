using System.IO.Enumeration;
using VpnLint.Cli.Configuration;
using VpnLint.Cli.Input;

namespace VpnLint.Cli.Checking;

/// <summary>
/// Turns the command line's paths into files: a file is taken as named; a folder is walked for
/// <c>*.json</c>, <c>*.yaml</c> and <c>*.yml</c>, skipping hidden folders, <c>node_modules</c>,
/// <c>bin</c> and <c>obj</c>, VpnLint's own files (configurations, and the baseline, report and configuration
/// the command line names), and what the governing configuration's include/exclude globs leave out.
/// Symbolic links are followed, but a folder already visited (a link loop) is reported and not entered again.
/// </summary>
internal sealed class FileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "node_modules", "bin", "obj" };

    // Hidden files are requests like any other; hidden folders are skipped by name.
    private static readonly EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private readonly string workingDirectory;
    private readonly ConfigDiscovery configs;
    private readonly IReadOnlySet<string> toolFiles;

    // A file named twice, or named and inside a folder also named, is checked and reported once.
    private readonly HashSet<string> added = new(StringComparer.Ordinal);

    public FileDiscovery(string workingDirectory, ConfigDiscovery configs, IReadOnlySet<string> toolFiles)
    {
        this.workingDirectory = workingDirectory;
        this.configs = configs;
        this.toolFiles = toolFiles;
    }

    public List<InputFile> Files { get; } = [];

    /// <summary>Paths that do not exist or cannot be listed: exit code 2.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>What was passed over on purpose and why (a link loop): said on standard error, not a failure.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Files of a folder scan that a configuration's include/exclude globs left out, for a run that finds none else.</summary>
    public int LeftOutByGlobs { get; private set; }

    public void Add(string path)
    {
        var fullPath = Path.GetFullPath(path, workingDirectory);
        if (File.Exists(fullPath))
        {
            if (added.Add(fullPath))
            {
                Files.Add(new InputFile(fullPath, Display(fullPath), InputFile.FormatOf(fullPath), Explicit: true));
            }
        }
        else if (Directory.Exists(fullPath))
        {
            Walk(new DirectoryInfo(fullPath), Canonical(new DirectoryInfo(fullPath)), new HashSet<string>(StringComparer.Ordinal));
        }
        else
        {
            Errors.Add($"{path}: no such file or folder");
        }
    }

    /// <summary>
    /// The files of <paramref name="folder"/> itself, not of its subfolders, that a scan of it would take, but for
    /// <paramref name="taken"/>: the rest of a folder bundle of which the command line names only some files (an
    /// editor's buffer, a pre-commit hook's changed files).
    /// </summary>
    public IReadOnlyList<InputFile> Beside(string folder, IReadOnlySet<string> taken)
    {
        string[] paths;
        try
        {
            paths = Directory.GetFiles(folder);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The folder held the files named, which say what went wrong when they are read.
            return [];
        }

        Array.Sort(paths, string.CompareOrdinal);
        return paths
            .Where(path => !taken.Contains(path) && InputFile.FormatOf(path) is not null && !IsToolFile(path) && Included(path))
            .Select(path => new InputFile(path, Display(path), InputFile.FormatOf(path), Explicit: false))
            .ToList();
    }

    private void Walk(DirectoryInfo directory, string canonical, HashSet<string> visited)
    {
        if (!visited.Add(canonical))
        {
            Notes.Add($"{Display(directory.FullName)}: skipped, a symbolic link loop back to {Display(canonical)}");
            return;
        }

        List<Entry> entries;
        try
        {
            entries = Entries(directory.FullName);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Errors.Add($"{Display(directory.FullName)}: cannot list the folder: {error.Message}");
            return;
        }

        entries.Sort((left, right) => string.CompareOrdinal(left.Name, right.Name));
        foreach (var entry in entries)
        {
            if (entry.IsDirectory)
            {
                if (!entry.Name.StartsWith('.') && !SkippedFolders.Contains(entry.Name))
                {
                    WalkChild(new DirectoryInfo(entry.FullPath), canonical, visited);
                }
            }
            else if (InputFile.FormatOf(entry.Name) is { } format && !IsToolFile(entry.FullPath))
            {
                if (!Included(entry.FullPath))
                {
                    LeftOutByGlobs++;
                }
                else if (added.Add(entry.FullPath))
                {
                    Files.Add(new InputFile(entry.FullPath, Display(entry.FullPath), format, Explicit: false));
                }
            }
        }
    }

    /// <summary>
    /// A folder's entries, hidden ones too, as the directory listing gives them: no file is stat'ed (a FileInfo per file
    /// was, and listing the bench's 10,000 files took twice as long), only a symbolic link, to tell whether it leads to a folder.
    /// </summary>
    private static List<Entry> Entries(string folder) =>
        [.. new FileSystemEnumerable<Entry>(folder, (ref FileSystemEntry entry) => new Entry(entry.FileName.ToString(), entry.ToFullPath(), entry.IsDirectory), Listing)];

    private void WalkChild(DirectoryInfo child, string parentCanonical, HashSet<string> visited)
    {
        string canonical;
        try
        {
            canonical = child.LinkTarget is null ? Path.Combine(parentCanonical, child.Name) : Canonical(child);
        }
        catch (IOException error)
        {
            Notes.Add($"{Display(child.FullName)}: skipped, the symbolic link cannot be followed: {error.Message}");
            return;
        }

        Walk(child, canonical, visited);
    }

    /// <summary>The real path of a folder, through every symbolic link on the way.</summary>
    private static string Canonical(DirectoryInfo directory)
    {
        var target = directory.ResolveLinkTarget(returnFinalTarget: true);
        if (target is not null)
        {
            return Path.GetFullPath(target.FullName);
        }

        var parent = directory.Parent;
        return parent is null ? directory.FullName : Path.Combine(Canonical(parent), directory.Name);
    }

    /// <summary>A configuration is read as one, and a baseline or report is not a request: checking them as requests would report their mistakes twice, or nonsense.</summary>
    private bool IsToolFile(string fullPath) =>
        ConfigLoader.FileNames.Contains(Path.GetFileName(fullPath), StringComparer.Ordinal) || toolFiles.Contains(fullPath);

    private bool Included(string fullPath)
    {
        var config = configs.For(Path.GetDirectoryName(fullPath)!);
        return (config.Include.Count == 0 || PathGlobs.MatchesAny(config.Include, config.Directory, fullPath)) &&
            !PathGlobs.MatchesAny(config.Exclude, config.Directory, fullPath);
    }

    /// <summary>How output names a file: relative to the working folder when inside it, with forward slashes.</summary>
    public string Display(string fullPath) => DisplayPath.Of(workingDirectory, fullPath);

    private readonly record struct Entry(string Name, string FullPath, bool IsDirectory);
}
