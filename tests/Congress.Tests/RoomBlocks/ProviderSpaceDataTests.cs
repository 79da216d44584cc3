using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.ProviderSpace;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Congress.Tests.RoomBlocks;

/// <summary>The provider space shows a provider its own planning, reservations and rooming list, and lets it edit its own details only.</summary>
/// <remarks>
/// The tests share the demo event and each touches its own part of the Hôtel du Musée: the one that
/// books its single rooms counts them, another changes its details, another its photos.
/// </remarks>
public sealed class ProviderSpaceDataTests(DemoApp fixture) : IClassFixture<DemoApp>, IAsyncLifetime
{
    private readonly AppFactory _app = fixture.App;
    private readonly HttpClient _public = fixture.App.CreateClient();
    private DemoBaskets _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoBaskets.ReadAsync(_public);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpClient> SessionAsync(string providerId)
    {
        var token = await _app.Get<ProviderLinks>().IssueAsync(providerId, ProviderLinkPurposes.Space, TimeSpan.FromHours(1), CancellationToken.None);
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/provider/links/{token}/open", new { purpose = "space" })).StatusCode);
        return client;
    }

    [Fact]
    public async Task AHotelSeesItsOwnPlanningReservationsAndRoomingListOnly()
    {
        await _demo.RegisterAsync(_public, "musee-single", input => input["participants"]![0]!["lastName"] = "Zidane");
        var musee = await SessionAsync("hotel-du-musee");
        var platine = await SessionAsync("la-platine");

        Assert.Equal([DemoBaskets.EventId], (await musee.GetFromJsonAsync<JsonElement>("/api/provider/events")).EnumerateArray()
            .Select(e => e.GetProperty("eventId").GetString()));
        var planning = (await musee.GetFromJsonAsync<JsonElement>($"/api/provider/events/{DemoBaskets.EventId}/planning")).EnumerateArray().ToList();
        var single = Assert.Single(planning);
        Assert.Equal("musee-single", single.GetProperty("productId").GetString());
        var wednesday = single.GetProperty("nights").EnumerateArray().First();
        Assert.Equal((10, 1, 0, 9), (wednesday.GetProperty("capacity").GetInt32(), wednesday.GetProperty("held").GetInt32(),
            wednesday.GetProperty("sold").GetInt32(), wednesday.GetProperty("free").GetInt32()));

        var reservations = (await musee.GetFromJsonAsync<JsonElement>($"/api/provider/events/{DemoBaskets.EventId}/reservations")).EnumerateArray().ToList();
        Assert.Equal(["Claire Zidane"], reservations.Select(r => r.GetProperty("guests").GetString()));
        using (var pdf = PdfDocument.Open(await musee.GetByteArrayAsync($"/api/provider/events/{DemoBaskets.EventId}/rooming-list.pdf")))
            Assert.Contains("Claire Zidane", string.Join(" ", pdf.GetPages().Select(p => p.Text)));

        // The restaurant sells no rooms: an empty planning and no guests; another event is unknown to it.
        Assert.Empty((await platine.GetFromJsonAsync<JsonElement>($"/api/provider/events/{DemoBaskets.EventId}/planning")).EnumerateArray());
        Assert.Empty((await platine.GetFromJsonAsync<JsonElement>($"/api/provider/events/{DemoBaskets.EventId}/reservations")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await platine.GetAsync("/api/provider/events/another-event/planning")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _public.GetAsync($"/api/provider/events/{DemoBaskets.EventId}/planning")).StatusCode);
    }

    [Fact]
    public async Task AProviderEditsItsOwnDetailsButNotItsNameAndBadInputNamesTheField()
    {
        var musee = await SessionAsync("hotel-du-musee");
        var profile = await musee.GetFromJsonAsync<JsonElement>("/api/provider/profile");
        var bad = await musee.PutAsJsonAsync("/api/provider/profile", new
        {
            descriptionFr = "Au calme", descriptionEn = "Quiet", address = "", postalCode = "42000", city = "Saint-Étienne",
            email = "pas une adresse", checkIn = "25:00", checkOut = "11:00", amenities = new[] { "spa" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["address", "amenities", "checkIn", "email"], (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        var good = await musee.PutAsJsonAsync("/api/provider/profile", new
        {
            name = "Renamed", descriptionFr = "Au calme, près du musée", descriptionEn = "Quiet, near the museum", address = "2 place du Musée",
            postalCode = "42000", city = "Saint-Étienne", email = "reception@musee.example", checkIn = "14:00", checkOut = "11:00",
            amenities = new[] { "wifi", "lift" },
        });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var after = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(profile.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        Assert.Equal("reception@musee.example", after.GetProperty("email").GetString());
        var form = await _public.GetFromJsonAsync<JsonElement>($"/api/events/{DemoBaskets.EventId}/form");
        var hotel = form.GetProperty("hotels").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "hotel-du-musee");
        Assert.Equal("2 place du Musée", hotel.GetProperty("address").GetString());
    }

    private static ByteArrayContent Image(byte[] bytes, string contentType = "image/png")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    [Fact]
    public async Task AProviderAddsAndRemovesItsOwnPhotosButNeverAnotherProvidersOnes()
    {
        var musee = await SessionAsync("hotel-du-musee");
        var platine = await SessionAsync("la-platine");
        using var bitmap = new SKBitmap(32, 24);
        bitmap.Erase(SKColors.DarkOliveGreen);
        using var png = SKImage.FromBitmap(bitmap);

        var notAnImage = await musee.PostAsync("/api/provider/profile/photos", Image("<svg/>"u8.ToArray(), "image/svg+xml"));
        Assert.Equal(HttpStatusCode.BadRequest, notAnImage.StatusCode);
        Assert.True((await notAnImage.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("photo", out _));

        var created = await musee.PostAsync("/api/provider/profile/photos", Image(png.Encode(SKEncodedImageFormat.Png, 100).ToArray()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var photoId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var profile = await musee.GetFromJsonAsync<JsonElement>("/api/provider/profile");
        var url = Assert.Single(profile.GetProperty("photos").EnumerateArray()).GetProperty("url").GetString()!;
        Assert.Equal("image/png", (await _public.GetAsync(url)).Content.Headers.ContentType?.MediaType);
        var form = await _public.GetFromJsonAsync<JsonElement>($"/api/events/{DemoBaskets.EventId}/form");
        var hotel = form.GetProperty("hotels").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "hotel-du-musee");
        Assert.Contains(url, hotel.GetProperty("photos").EnumerateArray().Select(p => p.GetString()));

        // Another provider's session only reaches its own album: the hotel's photo is unknown there.
        Assert.Equal(HttpStatusCode.NotFound, (await platine.DeleteAsync($"/api/provider/profile/photos/{photoId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _public.PostAsync("/api/provider/profile/photos", Image([1, 2, 3]))).StatusCode);
        Assert.Single((await musee.GetFromJsonAsync<JsonElement>("/api/provider/profile")).GetProperty("photos").EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await musee.DeleteAsync($"/api/provider/profile/photos/{photoId}")).StatusCode);
        Assert.Empty((await musee.GetFromJsonAsync<JsonElement>("/api/provider/profile")).GetProperty("photos").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await _public.GetAsync(url)).StatusCode);
    }
}
