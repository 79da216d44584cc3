using System.Net.Http.Json;
using System.Text.Json;

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
}
