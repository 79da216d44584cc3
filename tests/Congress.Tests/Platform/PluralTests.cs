using Congress.Platform.Text;

namespace Congress.Tests.Platform;

/// <summary>French takes the singular for 0 and 1, English for 1 only; no text writes "(s)".</summary>
public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "0 nuit", "0 nights")]
    [InlineData(1, "1 nuit", "1 night")]
    [InlineData(2, "2 nuits", "2 nights")]
    public void TheCountChoosesTheWord(long count, string french, string english)
    {
        Assert.Equal(french, Plural.Fr(count, "nuit", "nuits"));
        Assert.Equal(english, Plural.En(count, "night", "nights"));
    }

    [Fact]
    public void NoTextThatAPersonReadsWritesAnSInBrackets()
    {
        var root = Path.Combine(Infrastructure.Repository.Root, "functions");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(root, f), Line: i + 1, Text: line)))
            // Log lines and exception messages are read by developers, in English only.
            .Where(l => l.Text.Contains("(s)") && !l.Text.Contains("Log") && !l.Text.Contains("Exception(") && !l.Text.TrimStart().StartsWith("///"))
            .Select(l => $"{l.File}:{l.Line}").ToList();

        Assert.Empty(offenders);
    }
}
