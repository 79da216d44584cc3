using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Congress.Catalog;
using Congress.Platform.Auth;
using Congress.Registrations;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkiaSharp;

namespace Congress.Tests.Events;

/// <summary>What the back office's event screens read and do: lists, settings, catalog, providers, copies, preview.</summary>
public sealed class EventSetupTests(DemoApp fixture) : IClassFixture<DemoApp>, IAsyncLifetime
{
    private const string Demo = DemoBaskets.EventId;
    private readonly AppFactory _app = fixture.App;
    private HttpClient _staff = null!;

    public async Task InitializeAsync() => _staff = await _app.SignedInClientAsync(Roles.Staff);

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Settings(string status = "Draft", string title = "Journées du tourisme") => new
    {
        title, venue = "Centre des congrès", city = "Lyon", venueLatitude = 45.76, venueLongitude = 4.83,
        startDate = "2027-06-02", endDate = "2027-06-03", timeZone = "Europe/Paris", summary = "Deux jours",
        presentationHtml = "<p>Bienvenue</p><script>alert(1)</script>", termsHtml = "<p>CGV</p>", status,
        registrationOpensAt = "2027-01-10T08:00:00+00:00", registrationClosesAt = "2027-05-20T22:00:00+00:00",
        maxParticipants = 5, depositPercent = 30, paymentMethods = new[] { "cheque", "transfer" }, holdMinutes = 40,
        manualPaymentDays = 12, reminderDays = 4, payee = "Lyon Congrès", payeeAddress = "1 quai Perrache, Lyon",
        iban = "FR76 3000 6000 0112 3456 7890 189", bic = "agrifrpp",
    };

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(20, 10);
        bitmap.Erase(SKColors.Orange);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private static ByteArrayContent PngContent()
    {
        var content = new ByteArrayContent(Png());
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return content;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<IReadOnlyList<string>> ErrorFieldsAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    [Fact]
    public async Task ListShowsEveryEventDraftsIncludedNewestFirst()
    {
        // The whole list, under a clock of its own: an app of its own.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await AppFactory.CreateAsync(SharedApp.WithDemoEvent, services => services.AddSingleton<TimeProvider>(clock));
        var staff = await app.SignedInClientAsync(Roles.Staff);
        clock.Advance(TimeSpan.FromMinutes(1));
        await staff.PutAsJsonAsync("/api/admin/events/older-draft", Settings());
        clock.Advance(TimeSpan.FromMinutes(1));
        await staff.PutAsJsonAsync("/api/admin/events/newer-published", Settings("Published", "Rencontres 2027"));

        var events = await staff.GetFromJsonAsync<JsonElement>("/api/admin/events");

        var rows = events.EnumerateArray().ToList();
        Assert.Equal(["newer-published", "older-draft", Demo], rows.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(["Published", "Draft", "Published"], rows.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal("Rencontres 2027", rows[0].GetProperty("title").GetString());
        Assert.Equal("2027-06-02", rows[1].GetProperty("startDate").GetString());
    }

    [Fact]
    public async Task SettingsReadBackInThePutShapeAndCanBePutBackUnchanged()
    {
        await _staff.PutAsJsonAsync("/api/admin/events/round-trip", Settings());

        var read = await _staff.GetFromJsonAsync<JsonElement>("/api/admin/events/round-trip");
        var putBack = await _staff.PutAsJsonAsync("/api/admin/events/round-trip", read);
        var again = await _staff.GetFromJsonAsync<JsonElement>("/api/admin/events/round-trip");

        Assert.Equal(HttpStatusCode.NoContent, putBack.StatusCode);
        Assert.Equal("round-trip", read.GetProperty("id").GetString());
        Assert.Equal("Draft", read.GetProperty("status").GetString());
        Assert.Equal("2027-06-02", read.GetProperty("startDate").GetString());
        Assert.Equal(45.76, read.GetProperty("venueLatitude").GetDouble());
        Assert.Equal(["cheque", "transfer"], read.GetProperty("paymentMethods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(40, read.GetProperty("holdMinutes").GetInt32());
        Assert.Equal(12, read.GetProperty("manualPaymentDays").GetInt32());
        Assert.Equal(4, read.GetProperty("reminderDays").GetInt32());
        Assert.Equal("FR7630006000011234567890189", read.GetProperty("iban").GetString());
        Assert.Equal("AGRIFRPP", read.GetProperty("bic").GetString());
        Assert.Equal(DateTimeOffset.Parse("2027-05-20T22:00:00+00:00"), read.GetProperty("registrationClosesAt").GetDateTimeOffset());
        Assert.DoesNotContain("script", read.GetProperty("presentationHtml").GetString());
        Assert.Equal(read.ToString(), again.ToString());
    }

    [Fact]
    public async Task EventPhotosAreListedWithTheSettings()
    {
        var created = await JsonAsync(await _staff.PostAsync($"/api/admin/events/{Demo}/photos", PngContent()));

        var read = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{Demo}");

        var photo = Assert.Single(read.GetProperty("photos").EnumerateArray());
        Assert.Equal(created.GetProperty("id").GetString(), photo.GetProperty("id").GetString());
        Assert.Equal(created.GetProperty("url").GetString(), photo.GetProperty("url").GetString());
    }

    [Fact]
    public async Task CatalogReadsBackInThePutShapes()
    {
        var catalog = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{Demo}/catalog");

        var steps = catalog.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["participants", "fee", "hotels", "meals", "evenings", "visits"], steps.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("exactlyOne", steps[4].GetProperty("choice").GetString());
        Assert.Equal("Evenings", steps[4].GetProperty("title").GetProperty("en").GetString());
        var room = catalog.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "adagio-double-b1");
        Assert.Equal(105.75m, room.GetProperty("priceIncl").GetDecimal());
        Assert.Equal("perNight", room.GetProperty("capacity").GetString());
        Assert.Equal(2, room.GetProperty("maxOccupancy").GetInt32());
        Assert.Equal("adagio-saint-etienne", room.GetProperty("providerId").GetString());
        var board = catalog.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "lunch-board-wed");
        Assert.Equal("board", board.GetProperty("accessGroup").GetString());
        var group = Assert.Single(catalog.GetProperty("accessGroups").EnumerateArray());
        Assert.Equal("BUREAU", group.GetProperty("code").GetString());
        Assert.Equal("Board members", group.GetProperty("label").GetProperty("en").GetString());

        // Each part goes back through its own PUT as it was read, and reads back the same.
        Assert.Equal(HttpStatusCode.NoContent, (await _staff.PutAsJsonAsync($"/api/admin/events/{Demo}/steps",
            new { steps = catalog.GetProperty("steps") })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _staff.PutAsJsonAsync($"/api/admin/events/{Demo}/products/adagio-double-b1", room)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _staff.PutAsJsonAsync($"/api/admin/events/{Demo}/access-groups/BUREAU", group)).StatusCode);
        var again = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{Demo}/catalog");
        Assert.Equal(catalog.ToString(), again.ToString());
    }

    [Fact]
    public async Task ProvidersAreListedWithAddressPositionAndPhotos()
    {
        var photo = await JsonAsync(await _staff.PostAsync("/api/admin/providers/hotel-du-musee/photos", PngContent()));

        var providers = (await _staff.GetFromJsonAsync<JsonElement>("/api/admin/providers")).EnumerateArray().ToList();

        Assert.Equal(5, providers.Count);
        var names = providers.Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.OrderBy(n => n, StringComparer.InvariantCultureIgnoreCase), names);
        var musee = providers.Single(p => p.GetProperty("id").GetString() == "hotel-du-musee");
        Assert.Equal("2 place Louis Comte", musee.GetProperty("address").GetString());
        Assert.Equal(45.4421, musee.GetProperty("latitude").GetDouble());
        Assert.Equal(4.3904, musee.GetProperty("longitude").GetDouble());
        Assert.Equal(8m, musee.GetProperty("commissionPercent").GetDecimal());
        Assert.Equal(["parking", "wifi"], musee.GetProperty("amenities").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(photo.GetProperty("url").GetString(), Assert.Single(musee.GetProperty("photos").EnumerateArray()).GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await _staff.PutAsJsonAsync("/api/admin/providers/hotel-du-musee", musee)).StatusCode);
    }

    [Fact]
    public async Task DuplicateCopiesSettingsCatalogAndCapacitiesAsADraftButNoRegistrationsHeldOrSold()
    {
        var demo = await DemoBaskets.ReadAsync(_app.CreateClient());
        var held = await _app.CreateClient().PostAsJsonAsync($"/api/events/{Demo}/registrations",
            demo.Submit("key-copy", "transfer", "copy@example.org"));
        Assert.Equal(HttpStatusCode.Created, held.StatusCode);
        await _app.Get<Inventory>().SellAsync(Demo, "sold-elsewhere", [new StockNeed("lunch-thu", StockKeys.Total, 3)], CancellationToken.None);
        await _staff.PostAsync($"/api/admin/events/{Demo}/products/lunch-thu/photos", PngContent());

        var response = await _staff.PostAsJsonAsync($"/api/admin/events/{Demo}/duplicate", new { newEventId = "cluster-2028", title = "Cluster 2028" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/admin/events/cluster-2028", response.Headers.Location?.OriginalString);
        var source = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{Demo}");
        var copy = await _staff.GetFromJsonAsync<JsonElement>("/api/admin/events/cluster-2028");
        Assert.Equal("Cluster 2028", copy.GetProperty("title").GetString());
        Assert.Equal("Draft", copy.GetProperty("status").GetString());
        Assert.Equal("Published", source.GetProperty("status").GetString());
        foreach (var field in new[] { "venue", "startDate", "endDate", "presentationHtml", "paymentMethods", "iban", "payee", "holdMinutes" })
            Assert.Equal(source.GetProperty(field).ToString(), copy.GetProperty(field).ToString());

        var sourceCatalog = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{Demo}/catalog");
        var copyCatalog = await _staff.GetFromJsonAsync<JsonElement>("/api/admin/events/cluster-2028/catalog");
        Assert.Equal(sourceCatalog.GetProperty("steps").ToString(), copyCatalog.GetProperty("steps").ToString());
        Assert.Equal(sourceCatalog.GetProperty("accessGroups").ToString(), copyCatalog.GetProperty("accessGroups").ToString());
        Assert.Equal(12, copyCatalog.GetProperty("products").GetArrayLength());
        var lunch = copyCatalog.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "lunch-thu");
        var photoUrl = Assert.Single(lunch.GetProperty("photos").EnumerateArray()).GetProperty("url").GetString()!;
        Assert.StartsWith("/api/photos/events/cluster-2028/products/lunch-thu/", photoUrl);
        Assert.Equal(Png(), await (await _app.CreateClient().GetAsync(photoUrl)).Content.ReadAsByteArrayAsync());

        var sourceStock = (await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{Demo}/stock")).EnumerateArray().ToList();
        var copyStock = (await _staff.GetFromJsonAsync<JsonElement>("/api/admin/events/cluster-2028/stock")).EnumerateArray().ToList();
        Assert.Contains(sourceStock, r => r.GetProperty("held").GetInt32() > 0);
        Assert.Contains(sourceStock, r => r.GetProperty("sold").GetInt32() > 0);
        Assert.Equal(sourceStock.Count, copyStock.Count);
        Assert.Equal(
            sourceStock.Select(r => $"{r.GetProperty("productId")}|{r.GetProperty("slot")}|{r.GetProperty("capacity")}").Order(),
            copyStock.Select(r => $"{r.GetProperty("productId")}|{r.GetProperty("slot")}|{r.GetProperty("capacity")}").Order());
        Assert.All(copyStock, r => Assert.Equal((0, 0), (r.GetProperty("held").GetInt32(), r.GetProperty("sold").GetInt32())));

        var registrations = _app.Storage.Table(RegistrationEntity.Table).QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"EventId eq {"cluster-2028"}"));
        Assert.Empty(await registrations.ToListAsync());
        var markers = _app.Storage.Table(StockKeys.Table).QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {"cluster-2028"} and RowKey lt {"stock|"}"));
        Assert.Empty(await markers.ToListAsync());
    }

    [Fact]
    public async Task DuplicateIsRefusedOnAnExistingIdAndNamesBadFields()
    {
        await _staff.PutAsJsonAsync("/api/admin/events/taken", Settings(title: "Déjà là"));

        var taken = await _staff.PostAsJsonAsync($"/api/admin/events/{Demo}/duplicate", new { newEventId = "taken", title = "Copie" });
        var bad = await _staff.PostAsJsonAsync($"/api/admin/events/{Demo}/duplicate", new { newEventId = "Pas Valide!", title = " " });

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(["newEventId"], await ErrorFieldsAsync(taken));
        Assert.Equal("Déjà là", (await _staff.GetFromJsonAsync<JsonElement>("/api/admin/events/taken")).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["newEventId", "title"], (await ErrorFieldsAsync(bad)).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await _staff.GetAsync("/api/admin/events/pas-valide")).StatusCode);
    }

    [Fact]
    public async Task PreviewShowsADraftsFormToStaffOnlyAndPricesItsBasket()
    {
        await _staff.PutAsJsonAsync("/api/admin/events/draft-2027", Settings());
        await _staff.PutAsJsonAsync("/api/admin/events/draft-2027/steps", new
        {
            steps = new[] { new { id = "fee", kind = "fee", title = new { fr = "Droits", en = "Fee" }, intro = (object?)null, choice = "none" } },
        });
        await _staff.PutAsJsonAsync("/api/admin/events/draft-2027/products/fee", new
        {
            stepId = "fee", label = new { fr = "Droits d'inscription", en = "Fee" }, priceIncl = 120.00m, vatRate = 20m, unit = "perPerson",
            startDate = "2027-06-02", endDate = "2027-06-03", audience = "attendees", mandatory = true, capacity = "none", sortOrder = 1,
        });
        var basket = new
        {
            participants = new[] { new { lastName = "Roux", firstName = "Léa", organisation = "OT", companion = (object?)null } },
            lines = new[] { new { productId = "fee", persons = new[] { "p0" } } },
        };

        var preview = await _staff.GetAsync("/api/admin/events/draft-2027/form");
        var quote = await _staff.PostAsJsonAsync("/api/admin/events/draft-2027/quote", basket);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var form = await JsonAsync(preview);
        Assert.Equal("Journées du tourisme", form.GetProperty("event").GetProperty("title").GetString());
        Assert.False(form.GetProperty("event").GetProperty("registrationOpen").GetBoolean());
        Assert.Equal("fee", Assert.Single(form.GetProperty("products").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(120.00m, (await JsonAsync(quote)).GetProperty("total").GetDecimal());
        var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/events/draft-2027/form")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync("/api/events/draft-2027/quote", basket)).StatusCode);
    }

    [Fact]
    public async Task PreviewShowsRestrictedProductsWithTheirCodeAndChecksCodes()
    {
        var without = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{Demo}/form");
        var with = await _staff.GetFromJsonAsync<JsonElement>($"/api/admin/events/{Demo}/form?access=bureau");
        var known = await _staff.PostAsJsonAsync($"/api/admin/events/{Demo}/access", new { code = "BUREAU" });
        var unknown = await _staff.PostAsJsonAsync($"/api/admin/events/{Demo}/access", new { code = "NOPE" });

        static IEnumerable<string?> Ids(JsonElement form) => form.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("id").GetString());
        Assert.DoesNotContain("lunch-board-wed", Ids(without));
        Assert.Contains("lunch-board-wed", Ids(with));
        Assert.Equal("board", (await JsonAsync(known)).GetProperty("group").GetString());
        Assert.Equal(["code"], await ErrorFieldsAsync(unknown));
    }

    public static TheoryData<string, string> NewEndpoints => new()
    {
        { "POST", $"/api/admin/events/{Demo}/duplicate" },
        { "POST", $"/api/admin/events/{Demo}/access" },
        { "POST", $"/api/admin/events/{Demo}/quote" },
    };

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "POST" ? JsonContent.Create(new { newEventId = "anon-copy", title = "Copie", code = "BUREAU" }) : null,
    };

    [Theory]
    [MemberData(nameof(NewEndpoints))]
    public async Task AnonymousIsAskedToSignInAndFinanceIsRefused(string method, string path)
    {
        var finance = await _app.SignedInClientAsync(Roles.Finance);

        var anonymous = await _app.CreateClient().SendAsync(Request(method, path));
        var refused = await finance.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _staff.GetAsync("/api/admin/events/anon-copy")).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/admin/events/nowhere")]
    [InlineData("GET", "/api/admin/events/nowhere/catalog")]
    [InlineData("GET", "/api/admin/events/nowhere/form")]
    [InlineData("POST", "/api/admin/events/nowhere/duplicate")]
    [InlineData("POST", "/api/admin/events/nowhere/access")]
    public async Task UnknownEventIsNotFound(string method, string path)
    {
        var response = await _staff.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
