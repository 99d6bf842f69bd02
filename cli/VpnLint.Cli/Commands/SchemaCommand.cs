using System.CommandLine;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Schemas;

namespace VpnLint.Cli.Commands;

/// <summary><c>vpnlint schema --output schema/</c>: writes the JSON Schemas that schema/ holds, generated from the parameter catalogue.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the schemas to.", DefaultValueFactory = _ => "schema" };
        var command = new Command("schema", "Write the JSON Schema of each API's request, and of bundles, for editors and validation.") { output };
        command.SetAction(parse =>
        {
            if (string.IsNullOrWhiteSpace(parse.GetValue(output)))
            {
                console.Error.WriteLine("vpnlint: error: --output needs a folder name");
                return ExitCodes.UsageOrInput;
            }

            var folder = Path.GetFullPath(parse.GetValue(output)!, console.WorkingDirectory);
            if (File.Exists(folder))
            {
                console.Error.WriteLine($"vpnlint: error: {folder}: is a file; --output names the folder to write the schemas to");
                return ExitCodes.UsageOrInput;
            }

            try
            {
                Directory.CreateDirectory(folder);
                foreach (var (name, text) in SchemaGenerator.All())
                {
                    File.WriteAllText(Path.Combine(folder, name), text);
                    console.Output.WriteLine(Path.Combine(folder, name));
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"vpnlint: error: {folder}: cannot write the schemas: {error.Message}");
                return ExitCodes.UsageOrInput;
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
