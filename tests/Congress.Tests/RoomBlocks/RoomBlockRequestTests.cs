using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Congress.Platform.Auth;
using Congress.RoomBlocks;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using MiniExcelLibs;

namespace Congress.Tests.RoomBlocks;

/// <summary>Room block requests: created by staff with checked input, summed up per provider, night and room type.</summary>
/// <remarks>An app for each test (IAsyncLifetime): they list every request of the demo event, and one changes its form.</remarks>
public sealed class RoomBlockRequestTests : IAsyncLifetime
{
    private AppFactory _app = null!;
    private HttpClient _staff = null!;
    private DemoBaskets _demo = null!;

    public async Task InitializeAsync()
    {
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["App:LoadDemoEvent"] = "true" });
        _staff = await _app.SignedInClientAsync(Roles.OperationsManager);
        _demo = await DemoBaskets.ReadAsync(_app.CreateClient());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private string Url => $"/api/admin/events/{DemoBaskets.EventId}/room-blocks";

    private object Request(string[] providers, DateOnly? releaseOn = null) => new
    {
        firstNight = _demo.Wednesday, lastNight = _demo.Wednesday.AddDays(1),
        roomTypes = new[] { new { type = "single", askAvailability = true }, new { type = "twin", askAvailability = false } },
        answerBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7), releaseOn = releaseOn ?? _demo.Wednesday.AddDays(-30),
        providerIds = providers, remarks = "Salon du végétal",
    };

    [Fact]
    public async Task BadRequestsNameTheirFieldsAndOnlyOperationsCreate()
    {
        var bad = await _staff.PostAsJsonAsync(Url, new
        {
            firstNight = _demo.Wednesday, lastNight = _demo.Wednesday.AddDays(-1),
            roomTypes = new[] { new { type = "suite", askAvailability = true } },
            answerBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7), releaseOn = DateOnly.FromDateTime(DateTime.UtcNow),
            providerIds = Array.Empty<string>(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["lastNight", "providerIds", "releaseOn", "roomTypes[0].type"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        var unknown = await _staff.PostAsJsonAsync(Url, Request(["adagio-saint-etienne", "nowhere"]));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("providerIds[1]", out _));

        var finance = await _app.SignedInClientAsync(Roles.Finance);
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.PostAsJsonAsync(Url, Request(["adagio-saint-etienne"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync(Url)).StatusCode);
        Assert.Empty((await _staff.GetFromJsonAsync<JsonElement>(Url)).EnumerateArray());
    }

    [Fact]
    public async Task SummaryTotalsTheSubmittedAnswersAndListsProvidersWithoutOne()
    {
        var created = await _staff.PostAsJsonAsync(Url, Request(["adagio-saint-etienne", "hotel-du-musee", "la-platine"]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        Assert.Matches("^[0-9]{8}$", number);
        var (wed, thu) = (_demo.Wednesday, _demo.Wednesday.AddDays(1));
        var store = _app.Get<RoomBlockStore>();
        await store.SaveAnswerAsync(number, "adagio-saint-etienne",
            [new RoomOffer("single", wed, 10, 60m), new RoomOffer("twin", wed, 8, 65m), new RoomOffer("single", thu, 10, 60m)],
            "=HYPERLINK(\"https://evil.example\")", submit: true, CancellationToken.None);
        await store.SaveAnswerAsync(number, "hotel-du-musee", [new RoomOffer("single", wed, 5, 79m), new RoomOffer("twin", thu, 4, 85.5m)],
            "Taxe de séjour en sus : 1,65 € par personne et par nuit", submit: true, CancellationToken.None);
        // A draft is not an answer yet.
        await store.SaveAnswerAsync(number, "la-platine", [new RoomOffer("single", wed, 99, 1m)], "Brouillon", submit: false, CancellationToken.None);

        // The hotels' remarks reach staff: submitted answers only, in the request and in the summary.
        var view = await _staff.GetFromJsonAsync<JsonElement>($"{Url}/{number}");
        Assert.Equal(["adagio-saint-etienne", "hotel-du-musee"], view.GetProperty("providerRemarks").EnumerateObject().Select(p => p.Name)
            .Order(StringComparer.Ordinal));
        Assert.Equal("Taxe de séjour en sus : 1,65 € par personne et par nuit",
            view.GetProperty("providerRemarks").GetProperty("hotel-du-musee").GetString());

        var summary = await _staff.GetFromJsonAsync<JsonElement>($"{Url}/{number}/summary");
        var perNight = summary.GetProperty("roomsPerNight");
        Assert.Equal(23, perNight.GetProperty(wed.ToString("yyyy-MM-dd")).GetInt32());
        Assert.Equal(14, perNight.GetProperty(thu.ToString("yyyy-MM-dd")).GetInt32());
        Assert.Equal(15, summary.GetProperty("roomsPerNightAndType").GetProperty($"{wed:yyyy-MM-dd}|single").GetInt32());
        var rows = summary.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(JsonValueKind.Null, rows.Single(r => r.GetProperty("providerId").GetString() == "la-platine").GetProperty("answeredAt").ValueKind);
        Assert.Equal("", rows.Single(r => r.GetProperty("providerId").GetString() == "la-platine").GetProperty("remarks").GetString());
        Assert.Equal("Taxe de séjour en sus : 1,65 € par personne et par nuit",
            rows.Single(r => r.GetProperty("providerId").GetString() == "hotel-du-musee").GetProperty("remarks").GetString());

        var xlsx = await _staff.GetByteArrayAsync($"{Url}/{number}/summary.xlsx");
        var sheet = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, sheet.Count);
        var musee = sheet.Single(r => (string?)r["Prestataire"] == "Hôtel du Musée");
        Assert.Equal(5d, Convert.ToDouble(musee[$"{wed:dd/MM/yyyy} Single lots"]));
        Assert.Equal(85.5d, Convert.ToDouble(musee[$"{thu:dd/MM/yyyy} Twin prix"]));
        Assert.Equal("Taxe de séjour en sus : 1,65 € par personne et par nuit", musee["Remarques"]);
        // A formula typed by a hotel stays text.
        Assert.Equal("'=HYPERLINK(\"https://evil.example\")", sheet.Single(r => (string?)r["Prestataire"] == "ADAGIO Saint-Étienne Centre")["Remarques"]);
        var total = sheet.Single(r => (string?)r["Prestataire"] == "Total");
        Assert.Equal(15d, Convert.ToDouble(total[$"{wed:dd/MM/yyyy} Single lots"]));
        Assert.Equal(4d, Convert.ToDouble(total[$"{thu:dd/MM/yyyy} Twin lots"]));
        var capacity = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "Capacité par nuit")
            .Cast<IDictionary<string, object?>>().Select(r => Convert.ToDouble(r["Chambres"])).ToList();
        Assert.Equal([23d, 14d], capacity);
        Assert.Single((await _staff.GetFromJsonAsync<JsonElement>(Url)).EnumerateArray());
    }

    [Fact]
    public async Task AnAcceptedAnswerIsSoldByTheFormAtEachNightsOwnPrice()
    {
        var created = await _staff.PostAsJsonAsync(Url, Request(["hotel-du-musee", "adagio-saint-etienne"]));
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        var (wed, thu) = (_demo.Wednesday, _demo.Wednesday.AddDays(1));
        var store = _app.Get<RoomBlockStore>();
        await store.SaveAnswerAsync(number, "hotel-du-musee", [new RoomOffer("twin", wed, 6, 92m), new RoomOffer("twin", thu, 4, 92m)], "",
            submit: true, CancellationToken.None);
        await store.SaveAnswerAsync(number, "adagio-saint-etienne", [new RoomOffer("single", wed, 3, 70m), new RoomOffer("single", thu, 3, 75m)],
            "", submit: true, CancellationToken.None);

        // A provider that was not asked has no answer to accept.
        Assert.Equal(HttpStatusCode.NotFound, (await _staff.PostAsync($"{Url}/{number}/answers/la-platine/accept", null)).StatusCode);
        var accepted = await _staff.PostAsync($"{Url}/{number}/answers/hotel-du-musee/accept", null);
        var twoPrices = await _staff.PostAsync($"{Url}/{number}/answers/adagio-saint-etienne/accept", null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, twoPrices.StatusCode);
        var made = (await twoPrices.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single();
        Assert.Equal(75m, made.GetProperty("pricePerNight").GetProperty($"{thu:yyyy-MM-dd}").GetDecimal());
        var form = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/events/{DemoBaskets.EventId}/form");
        var product = form.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "twin-hotel-du-musee");
        Assert.Equal(92m, product.GetProperty("priceIncl").GetDecimal());
        Assert.Equal(JsonValueKind.Null, product.GetProperty("nightPrices").ValueKind);
        Assert.Equal(2, product.GetProperty("maxOccupancy").GetInt32());
        var single = form.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "single-adagio-saint-etienne");
        Assert.Equal(70m, single.GetProperty("priceIncl").GetDecimal());
        Assert.Equal(75m, single.GetProperty("nightPrices").GetProperty($"{thu:yyyy-MM-dd}").GetDecimal());

        // The attendee pays each night at the hotel's price: 70 + 75, and 75 for the second night alone.
        Assert.Equal(145m, await RoomTotalAsync("single-adagio-saint-etienne", wed, 2));
        Assert.Equal(75m, await RoomTotalAsync("single-adagio-saint-etienne", thu, 1));
        Assert.Equal(184m, await RoomTotalAsync("twin-hotel-du-musee", wed, 2));
        var availability = await _app.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/events/{DemoBaskets.EventId}/availability?from={wed:yyyy-MM-dd}&nights=2");
        var twin = availability.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("productId").GetString() == "twin-hotel-du-musee");
        Assert.Equal(4, twin.GetProperty("free").GetInt32());
    }

    [Fact]
    public async Task StaffEditsKeepTheNightPricesUntilStaffTypeAnotherPrice()
    {
        var created = await _staff.PostAsJsonAsync(Url, Request(["adagio-saint-etienne"]));
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        var (wed, thu) = (_demo.Wednesday, _demo.Wednesday.AddDays(1));
        await _app.Get<RoomBlockStore>().SaveAnswerAsync(number, "adagio-saint-etienne",
            [new RoomOffer("single", wed, 3, 70m), new RoomOffer("single", thu, 3, 75m)], "", submit: true, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await _staff.PostAsync($"{Url}/{number}/answers/adagio-saint-etienne/accept", null)).StatusCode);
        const string id = "single-adagio-saint-etienne";

        // Staff's product form sends what the catalog shows, without the nights' prices.
        async Task<HttpStatusCode> SaveAsync(Action<JsonObject> edit)
        {
            var catalog = await _staff.GetFromJsonAsync<JsonObject>($"/api/admin/events/{DemoBaskets.EventId}/catalog");
            var product = catalog!["products"]!.AsArray().Single(p => (string?)p!["id"] == id)!.AsObject();
            var body = new JsonObject(product.Where(p => p.Key is not ("id" or "photos" or "nightPrices"))
                .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
            edit(body);
            return (await _staff.PutAsJsonAsync($"/api/admin/events/{DemoBaskets.EventId}/products/{id}", body)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.NoContent, await SaveAsync(body => body["label"]!["en"] = "Single room, Adagio"));
        Assert.Equal(145m, await RoomTotalAsync(id, wed, 2));
        Assert.Equal(HttpStatusCode.NoContent, await SaveAsync(body => body["priceIncl"] = 80m));
        Assert.Equal(160m, await RoomTotalAsync(id, wed, 2));
    }

    /// <summary>What the public quote charges for one room of <paramref name="productId"/>.</summary>
    private async Task<decimal> RoomTotalAsync(string productId, DateOnly arrival, int nights)
    {
        var quote = await _app.CreateClient().PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/quote", new
        {
            accessCode = (string?)null,
            participants = new[] { new { lastName = "Nuit", firstName = "Claire", organisation = "OT", companion = (object?)null } },
            lines = new object[]
            {
                new { productId = "fee", persons = new[] { "p0" } },
                new { productId, persons = new[] { "p0" }, arrival = arrival.ToString("yyyy-MM-dd"), nights },
                new { productId = "evening-mai-thu", persons = new[] { "p0" } },
            },
        });
        Assert.True(quote.IsSuccessStatusCode, await quote.Content.ReadAsStringAsync());
        return (await quote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("lines").EnumerateArray()).Single(l => l.GetProperty("productId").GetString() == productId)
            .GetProperty("total").GetDecimal();
    }
}
