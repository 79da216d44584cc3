using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Tests.Infrastructure;
using SkiaSharp;

namespace Congress.Tests.Catalog;

public sealed class PhotoTests(DemoApp fixture) : IClassFixture<DemoApp>, IAsyncLifetime
{
    private const string Hotel = "adagio-saint-etienne";
    private readonly AppFactory _app = fixture.App;
    private HttpClient _staff = null!;

    public async Task InitializeAsync() => _staff = await _app.SignedInClientAsync(Roles.Staff);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> HotelPhotosAsync() =>
        (await _app.Get<Congress.Catalog.CatalogWriter>().FindProviderAsync(Hotel, CancellationToken.None))!.PhotoList;

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.SteelBlue);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string contentType = "image/png")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PostAsync($"/api/admin/providers/{Hotel}/photos", content);
    }

    [Fact]
    public async Task UploadedPhotoIsListedOnTheHotelAndServedToAnyone()
    {
        var png = Png();

        var created = await UploadAsync(_staff, png);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var form = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/events/cluster-tourisme-saint-etienne/form");
        var hotel = form.GetProperty("hotels").EnumerateArray().Single(h => h.GetProperty("id").GetString() == Hotel);
        var url = Assert.Single(hotel.GetProperty("photos").EnumerateArray()).GetString()!;
        var served = await _app.CreateClient().GetAsync(url);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ProductPhotoIsListedOnTheProduct()
    {
        var content = new ByteArrayContent(Png());
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");

        var created = await _staff.PostAsync("/api/admin/events/cluster-tourisme-saint-etienne/products/visit-mam-wed/photos", content);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var form = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/events/cluster-tourisme-saint-etienne/form");
        var visit = form.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "visit-mam-wed");
        var url = Assert.Single(visit.GetProperty("photos").EnumerateArray()).GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync(url.Replace("visit-mam-wed", "lunch-thu"))).StatusCode);
    }

    [Fact]
    public async Task EventPhotoIsListedOnTheForm()
    {
        var content = new ByteArrayContent(Png());
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");

        var created = await _staff.PostAsync("/api/admin/events/cluster-tourisme-saint-etienne/photos", content);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var form = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/events/cluster-tourisme-saint-etienne/form");
        var url = Assert.Single(form.GetProperty("event").GetProperty("photos").EnumerateArray()).GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task SomethingThatIsNotAnImageIsRefusedAndNotStored()
    {
        var before = await HotelPhotosAsync(); // the class's other tests upload to the same hotel

        var refused = await UploadAsync(_staff, "<svg onload=alert(1)></svg>"u8.ToArray(), "image/png");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("photo", out _));
        Assert.Equal(before, await HotelPhotosAsync());
    }

    [Fact]
    public async Task OnlyStaffUploadAndDeletedPhotosAreGone()
    {
        var anonymous = await UploadAsync(_app.CreateClient(), Png());
        var created = await (await UploadAsync(_staff, Png())).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;

        var deleted = await _staff.DeleteAsync($"/api/admin/providers/{Hotel}/photos/{id}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync(created.GetProperty("url").GetString())).StatusCode);
    }
}
