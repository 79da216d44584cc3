using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Congress.Tests.Registrations;

/// <summary>Baskets for the demo event (the seed's Saint-Étienne seminar), dated from its form.</summary>
public sealed class DemoBaskets(DateOnly start)
{
    public const string EventId = "cluster-tourisme-saint-etienne";

    public DateOnly Wednesday { get; } = start;

    public static async Task<DemoBaskets> ReadAsync(HttpClient client)
    {
        var form = await client.GetFromJsonAsync<JsonElement>($"/api/events/{EventId}/form");
        return new DemoBaskets(DateOnly.Parse(form.GetProperty("event").GetProperty("startDate").GetString()!));
    }

    /// <summary>The seed's example: one attendee, fee, two nights in a double with breakfast, board lunch, an evening, a visit.</summary>
    public object SeedBasket(string? accessCode = "BUREAU") => new
    {
        accessCode,
        participants = new[] { new { lastName = "TEST", firstName = "Ingénie", organisation = "Ingénie", companion = (object?)null } },
        lines = new object[]
        {
            new { productId = "fee", persons = new[] { "p0" } },
            new { productId = "adagio-double-b1", persons = new[] { "p0" }, arrival = Wednesday.ToString("yyyy-MM-dd"), nights = 2 },
            new { productId = "lunch-board-wed", persons = new[] { "p0" } },
            new { productId = "evening-ot-wed", persons = new[] { "p0" } },
            new { productId = "visit-mam-wed", persons = new[] { "p0" } },
        },
    };

    public object Submit(string clientKey, string method, string email, string room = "adagio-double-b1") => new
    {
        clientKey,
        accessCode = (string?)null,
        participants = new[] { new { lastName = "Martin", firstName = "Claire", organisation = "OT Lyon", companion = (object?)null } },
        lines = new object[]
        {
            new { productId = "fee", persons = new[] { "p0" } },
            new { productId = room, persons = new[] { "p0" }, arrival = Wednesday.ToString("yyyy-MM-dd"), nights = 2 },
            new { productId = "evening-mai-thu", persons = new[] { "p0" } },
        },
        contact = new
        {
            email, civility = "Mme", lastName = "Martin", firstName = "Claire", address = "1 rue de la République",
            postalCode = "69001", city = "Lyon", country = "FR", phone = (string?)null, mobile = "+33600000000",
            professional = true, comment = (string?)null, createAccount = false,
        },
        paymentMethod = method,
        acceptTerms = true,
    };

    /// <summary>
    /// Registers through the public API, paying by transfer (<see cref="Submit"/>, a fresh address each
    /// time); <paramref name="edit"/> changes the body first (names, organisation). Returns the id.
    /// </summary>
    public async Task<string> RegisterAsync(HttpClient client, string room = "adagio-double-b1", Action<JsonNode>? edit = null)
    {
        var email = $"demo-{Guid.NewGuid():N}@example.org";
        var input = JsonSerializer.SerializeToNode(Submit("k-" + email, "transfer", email, room))!;
        edit?.Invoke(input);
        var response = await client.PostAsJsonAsync($"/api/events/{EventId}/registrations", input);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registrationId").GetString()!;
    }

    /// <summary>Records a transfer received on <paramref name="day"/> (the whole total when no amount is given) and returns the file.</summary>
    public static async Task<JsonElement> PayAsync(HttpClient finance, string id, DateOnly day, decimal? amount = null, string? reference = null,
        string method = "transfer")
    {
        amount ??= (await finance.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}")).GetProperty("total").GetDecimal();
        var response = await finance.PostAsJsonAsync($"/api/admin/registrations/{id}/payments",
            new { amount, method, reference = reference ?? "VIR " + id, receivedOn = day.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
