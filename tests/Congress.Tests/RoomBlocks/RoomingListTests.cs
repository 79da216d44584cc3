using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace Congress.Tests.RoomBlocks;

/// <summary>A provider's rooming list: the rooms its guests booked, as XLSX and PDF, nothing of other providers.</summary>
public sealed class RoomingListTests : IAsyncLifetime
{
    private AppFactory _app = null!;
    private HttpClient _public = null!;
    private HttpClient _staff = null!;
    private DemoBaskets _demo = null!;

    public async Task InitializeAsync()
    {
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["App:LoadDemoEvent"] = "true" });
        _public = _app.CreateClient();
        _staff = await _app.SignedInClientAsync(Roles.Finance);
        _demo = await DemoBaskets.ReadAsync(_public);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task SubmitAsync(string lastName, string room) =>
        _demo.RegisterAsync(_public, room, input => input["participants"]![0]!["lastName"] = lastName);

    [Fact]
    public async Task TheHotelsListHasItsGuestsStaysAndRoomTypesOnly()
    {
        await SubmitAsync("Zola", "musee-single");
        await SubmitAsync("Aubert", "musee-single");
        await SubmitAsync("Dupont", "adagio-double-b1");
        var url = $"/api/admin/events/{DemoBaskets.EventId}/providers/hotel-du-musee/rooming-list";

        var xlsx = await _staff.GetByteArrayAsync(url + ".xlsx");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Claire Aubert", "Claire Zola"], rows.Select(r => (string?)r["Clients"]));
        Assert.All(rows, r => Assert.Equal("Single", r["Type"]));
        Assert.All(rows, r => Assert.Equal(2d, Convert.ToDouble(r["Nuits"])));
        Assert.All(rows, r => Assert.Equal(_demo.Wednesday.ToDateTime(TimeOnly.MinValue), Convert.ToDateTime(r["Arrivée"])));

        var pdf = await _staff.GetByteArrayAsync(url + ".pdf");
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains("Hôtel du Musée", text);
        Assert.Contains("Claire Zola", text);
        Assert.DoesNotContain("Dupont", text);
        Assert.Equal(HttpStatusCode.NotFound, (await _staff.GetAsync($"/api/admin/events/{DemoBaskets.EventId}/providers/nowhere/rooming-list.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _public.GetAsync(url + ".pdf")).StatusCode);
    }
}
