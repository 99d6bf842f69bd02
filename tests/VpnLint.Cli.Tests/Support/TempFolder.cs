namespace VpnLint.Cli.Tests.Support;

/// <summary>A folder of files a test writes, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("vpnlint-test-").FullName;
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var fullPath = PathOf(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content);
        return fullPath;
    }

    public string Write(string relativePath, byte[] content)
    {
        var fullPath = PathOf(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllBytes(fullPath, content);
        return fullPath;
    }

    public string PathOf(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public CommandResult Run(params string[] args) => Vpnlint.Run(Path, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A symbolic link loop a test made can defeat the recursive delete; the folder is temporary anyway.
        }
    }
}
