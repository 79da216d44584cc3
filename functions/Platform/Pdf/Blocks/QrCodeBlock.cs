using System.Collections;
using Congress.Platform.Pdf.Layout;
using QRCoder;
using SkiaSharp;

namespace Congress.Platform.Pdf.Blocks;

/// <summary>
/// A QR code drawn as vector squares (sharp at any zoom, a few hundred bytes). <paramref name="size"/>
/// is the symbol's side; the quiet zone the scanners need is kept free around it.
/// </summary>
internal sealed class QrCodeBlock : IPdfBlock
{
    private const int QuietZoneModules = 4;

    private readonly bool[][] modules;
    private readonly float size;
    private readonly PdfAlignment alignment;

    public QrCodeBlock(string payload, float size, PdfAlignment alignment)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        // QRCoder's matrix includes its quiet zone; keep only the symbol.
        var padding = (data.ModuleMatrix.Count - (17 + 4 * data.Version)) / 2;
        modules = data.ModuleMatrix
            .Skip(padding)
            .Take(data.ModuleMatrix.Count - 2 * padding)
            .Select(row => Row(row, padding))
            .ToArray();
        this.size = size;
        this.alignment = alignment;
    }

    public void Layout(PdfLayout layout)
    {
        var side = Math.Min(size, Math.Min(layout.ContentWidth, layout.PageContentHeight));
        var module = side / modules.Length;
        var indent = layout.Indent(side, alignment);
        layout.Gap(QuietZoneModules * module);
        layout.Place(side, (canvas, topLeft) =>
        {
            using var path = SymbolPath(new SKPoint(topLeft.X + indent, topLeft.Y), module);
            canvas.DrawPath(path, layout.Resources.Fill(PdfTheme.QrInk));
        });
        layout.Gap(Math.Max(QuietZoneModules * module, PdfTheme.BlockGap));
    }

    private static bool[] Row(BitArray row, int padding) =>
        Enumerable.Range(padding, row.Length - 2 * padding).Select(i => row[i]).ToArray();

    // One path of horizontal runs: fewer operators than one square per module, and no hairline seams.
    private SKPath SymbolPath(SKPoint origin, float module)
    {
        using var builder = new SKPathBuilder();
        for (var y = 0; y < modules.Length; y++)
        {
            var x = 0;
            while (x < modules[y].Length)
            {
                if (!modules[y][x])
                {
                    x++;
                    continue;
                }
                var start = x;
                while (x < modules[y].Length && modules[y][x])
                    x++;
                builder.AddRect(SKRect.Create(origin.X + start * module, origin.Y + y * module, (x - start) * module, module));
            }
        }
        return builder.Detach();
    }
}
