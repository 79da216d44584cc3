using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Congress.Tests.Infrastructure;

/// <summary>A server the tests start (Azurite, MailDev), killed when the test run ends.</summary>
public sealed class ChildProcess : IDisposable
{
    private const string Watchdog = """
        parent="$0"; "$@" & child=$!
        while kill -0 "$parent" 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done
        kill -TERM $child 2>/dev/null; sleep 2; kill -KILL $child 2>/dev/null
        """;

    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    public static async Task<ChildProcess> StartAsync(string executable, IEnumerable<string> arguments, params int[] readyPorts)
    {
        if (!File.Exists(executable))
            throw new InvalidOperationException($"{executable} is missing: run `npm ci` in its folder (./test does it).");
        // A small bash watchdog stops the server when the test process goes away, even if the test
        // host is killed before its exit handlers run.
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(Watchdog);
        info.ArgumentList.Add(Environment.ProcessId.ToString());
        info.ArgumentList.Add(executable);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + executable);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var child = new ChildProcess(process);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => child.Dispose();
        foreach (var port in readyPorts) await WaitForPortAsync(port, process, executable);
        return child;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port, Process process, string name)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with code {process.ExitCode}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"{name} did not open port {port} within 60 s");
    }

    public void Dispose()
    {
        try
        {
            // In-memory test servers have nothing to save: no need to ask politely.
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
