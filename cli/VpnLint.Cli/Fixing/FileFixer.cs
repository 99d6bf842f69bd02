using VpnLint.Cli.Input;

namespace VpnLint.Cli.Fixing;

/// <summary>
/// Writes a fixed file in place of the one that was checked, changing nothing but the fixes: the same encoding and
/// byte order mark, the same line breaks, comments, quoting and indentation. It refuses a file that changed since it
/// was read (an editor saved it, another tool rewrote it), and replaces the file in one step, through a file beside it,
/// so that a failure leaves the old file whole.
/// </summary>
internal static class FileFixer
{
    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var fixedText = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in edits)
        {
            fixedText.Append(text, position, edit.Start - position).Append(edit.NewText);
            position = edit.End;
        }

        return fixedText.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Null when written; otherwise why the file was not.</summary>
    public static string? Write(string path, byte[] checkedBytes, string newText)
    {
        try
        {
            // A symbolic link stays a link: the file it points at is the one fixed.
            var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
            if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(checkedBytes))
            {
                return "the file changed since it was read; run vpnlint again";
            }

            if (TextDecoder.EncodeLike(newText, checkedBytes) is not { } bytes)
            {
                return "its bytes would not survive being decoded and written again";
            }

            var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.vpnlint-fix-{Guid.NewGuid():N}");
            try
            {
                File.WriteAllBytes(temporary, bytes);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
                }

                File.Move(temporary, target, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return "cannot write the file: " + error.Message;
        }
    }
}
