using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Congress.Tests.Infrastructure;

/// <summary>A server the tests start (Azurite, MailDev), stopped with TERM then KILL when the run ends.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    public static async Task<ChildProcess> StartAsync(string executable, IEnumerable<string> arguments, params int[] readyPorts)
    {
        if (!File.Exists(executable))
            throw new InvalidOperationException($"{executable} is missing: run `npm ci` in its folder (./test does it).");
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
            if (_process.HasExited) return;
            // Azurite can ignore TERM once used: ask politely, then kill.
            Process.Start("kill", ["-TERM", _process.Id.ToString()])?.WaitForExit(2000);
            if (!_process.WaitForExit(3000)) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
