using System.Globalization;
using System.Xml;
using VpnLint.Cli.Checking;
using VpnLint.Cli.Configuration;

namespace VpnLint.Cli.Output;

/// <summary>
/// JUnit XML, which GitLab (<c>artifacts:reports:junit</c>), Jenkins, Azure Pipelines and most CI servers show as
/// tests: a test suite per file checked, a failed test case per finding (its type the severity), a passing test
/// case for a file without findings, and the run's errors (a path that does not exist, a bad configuration) as
/// errored test cases of a suite of their own.
/// </summary>
internal sealed class JUnitReport : IReportWriter
{
    private const string ToolName = "vpnlint";

    public void Write(RunResult run, ReportOptions options, TextWriter output)
    {
        var files = run.Files.Where(file => !file.Skipped && !file.Unreadable).ToList();
        var findings = files.Sum(file => file.Findings.Count);
        var tests = files.Sum(file => Math.Max(1, file.Findings.Count)) + run.Errors.Count;
        using (var writer = XmlReport.Create(output))
        {
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", ToolName);
            writer.WriteAttributeString("tests", Number(tests));
            writer.WriteAttributeString("failures", Number(findings));
            writer.WriteAttributeString("errors", Number(run.Errors.Count));
            foreach (var file in files)
            {
                WriteFile(writer, file);
            }

            if (run.Errors.Count > 0)
            {
                WriteRunErrors(writer, run.Errors);
            }

            writer.WriteEndElement();
        }

        output.Write('\n');
    }

    private static void WriteFile(XmlWriter writer, FileResult file)
    {
        var path = XmlReport.Text(file.File.DisplayPath);
        writer.WriteStartElement("testsuite");
        writer.WriteAttributeString("name", path);
        writer.WriteAttributeString("tests", Number(Math.Max(1, file.Findings.Count)));
        writer.WriteAttributeString("failures", Number(file.Findings.Count));
        writer.WriteAttributeString("errors", "0");
        if (file.Findings.Count == 0)
        {
            writer.WriteStartElement("testcase");
            writer.WriteAttributeString("name", ToolName);
            writer.WriteAttributeString("classname", path);
            writer.WriteEndElement();
        }

        foreach (var finding in file.Findings)
        {
            var span = finding.Span;
            var at = $"({Number(span.StartLine)},{Number(span.StartColumn)})";
            var severity = SeverityLevel.Name(finding.Severity);
            var code = finding.ErrorCode is { } errorCode ? $" [{errorCode}]" : string.Empty;
            writer.WriteStartElement("testcase");
            // A test is known by its name: the resource's path keeps apart two resources' findings on one line of a plan.
            writer.WriteAttributeString("name", XmlReport.Text(finding.QualifiedPath.Length > 0 ? $"{finding.RuleId} {finding.QualifiedPath} {at}" : $"{finding.RuleId} {at}"));
            writer.WriteAttributeString("classname", path);
            writer.WriteAttributeString("file", path);
            writer.WriteAttributeString("line", Number(span.StartLine));
            writer.WriteStartElement("failure");
            writer.WriteAttributeString("type", severity);
            writer.WriteAttributeString("message", XmlReport.Text(finding.Message + code));
            writer.WriteString(XmlReport.Text($"{file.File.DisplayPath}{at}: {severity} {finding.RuleId}: {finding.Message}{code}") + "\n" + XmlReport.Text($"{finding.Rule.Title}: {finding.Rule.HelpUri}"));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteRunErrors(XmlWriter writer, IReadOnlyList<string> errors)
    {
        writer.WriteStartElement("testsuite");
        writer.WriteAttributeString("name", ToolName);
        writer.WriteAttributeString("tests", Number(errors.Count));
        writer.WriteAttributeString("failures", "0");
        writer.WriteAttributeString("errors", Number(errors.Count));
        for (var index = 0; index < errors.Count; index++)
        {
            writer.WriteStartElement("testcase");
            writer.WriteAttributeString("name", $"run error {Number(index + 1)}");
            writer.WriteAttributeString("classname", ToolName);
            writer.WriteStartElement("error");
            writer.WriteAttributeString("message", XmlReport.Text(errors[index]));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
