using System.ComponentModel;
using System.Diagnostics;

namespace Congress.Tests.Platform.Pdf;

/// <summary>Runs a command-line tool the tests depend on; a missing tool fails the test with the package to install.</summary>
internal static class ExternalTool
{
    public static string Run(string tool, string debianPackage, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (Win32Exception)
        {
            Assert.Fail($"'{tool}' is not installed: this test needs it (apt-get install -y {debianPackage}).");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}");
            return output.Result;
        }
    }
}
