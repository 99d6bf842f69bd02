namespace VpnLint.Fuzz;

/// <summary>
/// One file for the target: its bytes, the name it is checked under (whose extension picks the parser, or
/// none, and the checker sniffs), and whether it is named on the command line (judged whatever it holds)
/// or found in a folder (skipped when it holds nothing of a VPN request).
/// </summary>
internal sealed record FuzzInput(string Name, byte[] Bytes, bool Explicit)
{
    /// <summary>How a reproducer names what it replays: the mutation run's seed and index, or the fixture's file.</summary>
    public string Origin { get; init; } = "";

    /// <summary>
    /// The ways a run can meet one file's bytes: under its own name, named on the command line and found in
    /// a folder, and as JSON, as YAML and with no extension (sniffed).
    /// </summary>
    public static IReadOnlyList<FuzzInput> Variants(string name, byte[] bytes, string origin) =>
    [
        new(name, bytes, Explicit: true) { Origin = origin },
        new(name, bytes, Explicit: false) { Origin = origin + ", found in a folder" },
        new(Path.ChangeExtension(name, ".json"), bytes, Explicit: true) { Origin = origin + ", as .json" },
        new(Path.ChangeExtension(name, ".yaml"), bytes, Explicit: true) { Origin = origin + ", as .yaml" },
        new(Path.ChangeExtension(name, null), bytes, Explicit: true) { Origin = origin + ", with no extension" },
    ];
}
