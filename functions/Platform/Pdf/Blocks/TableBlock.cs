using Congress.Platform.Pdf.Layout;
using SkiaSharp;

namespace Congress.Platform.Pdf.Blocks;

/// <summary>
/// A table across the content width. Rows are never split: a row that does not fit goes to the next
/// page, where the header row is repeated. A row taller than a page is cut with an ellipsis.
/// </summary>
internal sealed class TableBlock(IReadOnlyList<PdfColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows) : IPdfBlock
{
    private const int MaxHeaderLines = 3;

    public void Layout(PdfLayout layout)
    {
        var widths = ColumnWidths(layout.ContentWidth);
        var header = WrapRow(layout, columns.Select(c => c.Header).ToList(), PdfTheme.TableHeader, widths, MaxHeaderLines);
        var maxCellLines = Math.Max(1, (int)((layout.PageContentHeight - header.Height) / PdfTheme.TableCell.LineHeight) - 1);
        var body = rows.Select(row => WrapRow(layout, row, PdfTheme.TableCell, widths, maxCellLines)).ToList();

        layout.KeepTogether(header.Height + (body.Count > 0 ? body[0].Height : 0f));
        PlaceHeader(layout, header, widths);
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Height > layout.Remaining)
            {
                layout.PageBreak();
                PlaceHeader(layout, header, widths);
            }
            var row = body[i];
            var striped = i % 2 == 1;
            layout.Place(row.Height, (canvas, topLeft) =>
            {
                if (striped)
                    canvas.DrawRect(SKRect.Create(topLeft.X, topLeft.Y, layout.ContentWidth, row.Height), layout.Resources.Fill(PdfTheme.StripeFill));
                DrawCells(canvas, row, widths, topLeft);
                DrawRule(canvas, layout, topLeft, row.Height, PdfTheme.Rule);
            });
        }
        layout.Gap(PdfTheme.BlockGap * 1.5f);
    }

    private float[] ColumnWidths(float contentWidth)
    {
        var total = columns.Sum(c => c.RelativeWidth);
        return columns.Select(c => contentWidth * c.RelativeWidth / total).ToArray();
    }

    private static WrappedRow WrapRow(PdfLayout layout, IReadOnlyList<string> cells, PdfTextStyle style, float[] widths, int maxLines)
    {
        var wrapped = cells
            .Select((text, i) => PdfWrappedText.Wrap(layout.Resources, text, style, widths[i] - 2 * PdfTheme.CellPaddingX, maxLines))
            .ToList();
        return new WrappedRow(wrapped, wrapped.Max(cell => cell.Height) + 2 * PdfTheme.CellPaddingY);
    }

    private void PlaceHeader(PdfLayout layout, WrappedRow header, float[] widths) =>
        layout.Place(header.Height, (canvas, topLeft) =>
        {
            canvas.DrawRect(SKRect.Create(topLeft.X, topLeft.Y, layout.ContentWidth, header.Height), layout.Resources.Fill(PdfTheme.HeaderFill));
            DrawCells(canvas, header, widths, topLeft);
            DrawRule(canvas, layout, topLeft, header.Height, PdfTheme.Accent);
        });

    private void DrawCells(SKCanvas canvas, WrappedRow row, float[] widths, SKPoint topLeft)
    {
        var x = topLeft.X;
        for (var i = 0; i < columns.Count; i++)
        {
            var cellTopLeft = new SKPoint(x + PdfTheme.CellPaddingX, topLeft.Y + PdfTheme.CellPaddingY);
            row.Cells[i].Draw(canvas, cellTopLeft, columns[i].Alignment);
            x += widths[i];
        }
    }

    private static void DrawRule(SKCanvas canvas, PdfLayout layout, SKPoint rowTopLeft, float rowHeight, SKColor color)
    {
        var y = rowTopLeft.Y + rowHeight;
        canvas.DrawLine(rowTopLeft.X, y, rowTopLeft.X + layout.ContentWidth, y, layout.Resources.Stroke(color));
    }

    private sealed record WrappedRow(IReadOnlyList<PdfWrappedText> Cells, float Height);
}
