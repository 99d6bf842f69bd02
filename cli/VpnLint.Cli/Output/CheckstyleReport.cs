using System.Globalization;
using VpnLint.Cli.Checking;
using VpnLint.Rules;

namespace VpnLint.Cli.Output;

/// <summary>
/// Checkstyle XML (the schema Checkstyle publishes, checkstyle-report-1.0.0.xsd), which Jenkins' warnings plugin,
/// reviewdog, Danger and many review tools read: a <c>file</c> per file checked, an <c>error</c> per finding with
/// its line, column, severity (<c>error</c>, <c>warning</c>, <c>info</c>), message and source (<c>vpnlint.VPN200</c>),
/// and the run's errors as <c>exception</c>s.
/// </summary>
internal sealed class CheckstyleReport : IReportWriter
{
    public void Write(RunResult run, ReportOptions options, TextWriter output)
    {
        using (var writer = XmlReport.Create(output))
        {
            writer.WriteStartElement("checkstyle");
            writer.WriteAttributeString("version", "4.3");
            foreach (var file in run.Files.Where(file => !file.Skipped && !file.Unreadable))
            {
                writer.WriteStartElement("file");
                writer.WriteAttributeString("name", XmlReport.Text(file.File.DisplayPath));
                foreach (var finding in file.Findings)
                {
                    var code = finding.ErrorCode is { } errorCode ? $" [{errorCode}]" : string.Empty;
                    writer.WriteStartElement("error");
                    writer.WriteAttributeString("line", Number(finding.Span.StartLine));
                    writer.WriteAttributeString("column", Number(finding.Span.StartColumn));
                    writer.WriteAttributeString("severity", CheckstyleSeverity(finding.Severity));
                    writer.WriteAttributeString("message", XmlReport.Text(finding.Message + code));
                    writer.WriteAttributeString("source", "vpnlint." + finding.RuleId);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            foreach (var error in run.Errors)
            {
                writer.WriteElementString("exception", XmlReport.Text(error));
            }

            writer.WriteEndElement();
        }

        output.Write('\n');
    }

    private static string CheckstyleSeverity(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Lines and columns are positive integers in the schema.</summary>
    private static string Number(int number) => Math.Max(1, number).ToString(CultureInfo.InvariantCulture);
}
