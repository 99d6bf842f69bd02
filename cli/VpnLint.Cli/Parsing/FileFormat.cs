namespace VpnLint.Cli.Parsing;

internal enum FileFormat
{
    Json,
    Yaml,
}
