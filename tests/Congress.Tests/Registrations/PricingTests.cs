using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.Registrations;

public sealed class PricingTests(DemoApp fixture) : IClassFixture<DemoApp>, IAsyncLifetime
{
    private readonly HttpClient _client = fixture.App.CreateClient();
    private DemoBaskets _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoBaskets.ReadAsync(_client);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpResponseMessage> QuoteAsync(object basket) =>
        _client.PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/quote", basket);

    private static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
    }

    [Fact]
    public async Task TheSeedsBasketCosts296Euros70()
    {
        var response = await QuoteAsync(_demo.SeedBasket());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var quote = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(296.70m, quote.GetProperty("total").GetDecimal());
        Assert.Equal(296.70m, quote.GetProperty("deposit").GetDecimal());
        var hotel = quote.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("stepId").GetString() == "hotels");
        var room = hotel.GetProperty("lines")[0];
        Assert.Equal(105.75m, room.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(2, room.GetProperty("nights").GetInt32());
        Assert.Equal(211.50m, hotel.GetProperty("subtotal").GetDecimal());
        // 60 € incl. 20 % VAT is 50 € excl.: the seed's "50 € HT soit 60 € TTC".
        var fee = quote.GetProperty("groups")[0].GetProperty("lines")[0];
        Assert.Equal(50.00m, fee.GetProperty("totalExcl").GetDecimal());
    }

    [Fact]
    public async Task TheQuoteKeepsTheStockKeysInside()
    {
        var response = await QuoteAsync(_demo.SeedBasket());

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("stock|", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stockNeeds", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["groups", "total", "totalExcl", "vat", "deposit"],
            JsonDocument.Parse(text).RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task BoardOnlyProductsNeedTheAccessCode()
    {
        var fields = await ErrorFieldsAsync(await QuoteAsync(_demo.SeedBasket(accessCode: null)));
        var wrongCode = await ErrorFieldsAsync(await QuoteAsync(_demo.SeedBasket(accessCode: "NOPE")));

        Assert.Contains("lines[2].productId", fields);
        Assert.Contains("accessCode", wrongCode);
    }

    [Fact]
    public async Task CompanionCannotTakeAnAttendeeOnlyProductAndEveryAttendeeNeedsTheFee()
    {
        var basket = new
        {
            participants = new object[]
            {
                new { lastName = "Martin", firstName = "Claire", organisation = "OT", companion = new { lastName = "Martin", firstName = "Paul" } },
                new { lastName = "Durand", firstName = "Ali", organisation = "Ville", companion = (object?)null },
            },
            lines = new object[]
            {
                new { productId = "fee", persons = new[] { "p0", "p0c" } },
                new { productId = "evening-ot-wed", persons = new[] { "p0", "p0c", "p1" } },
            },
        };

        var response = await QuoteAsync(basket);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.Contains("accompagnants", errors.GetProperty("lines[0].persons")[0].GetProperty("fr").GetString());
        Assert.Contains(errors.GetProperty("lines").EnumerateArray(), e => e.GetProperty("en").GetString()!.Contains("Ali Durand"));
    }

    [Fact]
    public async Task EveningsNeedExactlyOnePerPerson()
    {
        var basket = new
        {
            participants = new[] { new { lastName = "Martin", firstName = "Claire", organisation = "OT", companion = (object?)null } },
            lines = new object[]
            {
                new { productId = "fee", persons = new[] { "p0" } },
                new { productId = "evening-ot-wed", persons = new[] { "p0" } },
                new { productId = "evening-mai-thu", persons = new[] { "p0" } },
            },
        };

        Assert.Contains("steps.evenings", await ErrorFieldsAsync(await QuoteAsync(basket)));
    }

    [Fact]
    public async Task AbsurdInputIsA400NotA500()
    {
        var farAway = new
        {
            participants = new[] { new { lastName = "Martin", firstName = "Claire", organisation = "OT", companion = (object?)null } },
            lines = new object[] { new { productId = "adagio-double-b1", persons = new[] { "p0" }, arrival = "9999-12-31", nights = 30 } },
        };
        var nullPerson = new
        {
            participants = new[] { new { lastName = "Martin", firstName = "Claire", organisation = "OT", companion = (object?)null } },
            lines = new object[] { new { productId = "fee", persons = new string?[] { null } } },
        };
        var crowd = new
        {
            participants = Enumerable.Range(0, 5000).Select(i => new { lastName = $"N{i}", firstName = "P", organisation = "O", companion = (object?)null }),
            lines = new object[] { new { productId = "fee", persons = new[] { "p0" } } },
        };

        Assert.Contains("lines[0].arrival", await ErrorFieldsAsync(await QuoteAsync(farAway)));
        // The global check names the item itself.
        Assert.Contains("lines[0].persons[0]", await ErrorFieldsAsync(await QuoteAsync(nullPerson)));
        Assert.Equal(["participants"], await ErrorFieldsAsync(await QuoteAsync(crowd)));
        Assert.Equal(HttpStatusCode.BadRequest,
            (await _client.GetAsync($"/api/events/{DemoBaskets.EventId}/availability?from=9999-12-31&nights=30")).StatusCode);
    }

    [Fact]
    public async Task UnknownProductAndNightsOutsideTheBlockAreRefused()
    {
        var basket = new
        {
            participants = new[] { new { lastName = "Martin", firstName = "Claire", organisation = "OT", companion = (object?)null } },
            lines = new object[]
            {
                new { productId = "fee", persons = new[] { "p0" } },
                new { productId = "evening-ot-wed", persons = new[] { "p0" } },
                new { productId = "caviar", persons = new[] { "p0" } },
                new { productId = "adagio-double-b1", persons = new[] { "p0" }, arrival = _demo.Wednesday.AddDays(1).ToString("yyyy-MM-dd"), nights = 3 },
            },
        };

        var fields = await ErrorFieldsAsync(await QuoteAsync(basket));

        Assert.Contains("lines[2].productId", fields);
        Assert.Contains("lines[3].arrival", fields);
    }
}
