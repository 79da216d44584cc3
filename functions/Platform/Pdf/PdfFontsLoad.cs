using Congress.Platform.Hosting;

namespace Congress.Platform.Pdf;

/// <summary>
/// Fails the start, not the first document: without its font a PDF silently loses its text. Runs with
/// the start-up work, beside the server's start, so that reading the fonts does not delay it.
/// </summary>
public sealed class PdfFontsLoad(ILogger<PdfFontsLoad> logger) : StartupTask(logger)
{
    protected override Task RunAsync(CancellationToken ct)
    {
        PdfFonts.EnsureLoaded();
        return Task.CompletedTask;
    }
}
