using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Congress.Platform.Auth;
using Congress.Tests.Infrastructure;
using Congress.Tests.Registrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Finance.Accounting;

/// <summary>
/// The accounting export through the API against Azurite: confirmed registrations of the demo event
/// paid by transfer, then the FEC and the payments CSV of a period, read back and checked.
/// An app for each test (IAsyncLifetime): they read the whole day's FEC and pay out all the demo hotel is due.
/// </summary>
public sealed class AccountingExportTests : IAsyncLifetime
{
    private const string Siren = "123456789";
    private const string Hotel = "ADAGIO-SAINT-ETIENNE";

    // 10:00 UTC is noon in Paris: a day's events never straddle midnight.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(10), TimeSpan.Zero));
    private AppFactory _app = null!;
    private HttpClient _finance = null!;
    private DemoBaskets _demo = null!;

    public async Task InitializeAsync()
    {
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["App:LoadDemoEvent"] = "true",
            ["Finance:Accounting:Siren"] = Siren,
        }, services => services.AddSingleton<TimeProvider>(_clock));
        _finance = await _app.SignedInClientAsync(Roles.Finance);
        _demo = await DemoBaskets.ReadAsync(_app.CreateClient());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    /// <summary>A transfer registration (fee, two nights at the Adagio: 211.50 €, an evening), paid in full today: confirmed.</summary>
    private async Task<(string Id, string Number, decimal Total)> ConfirmedAsync(string reference)
    {
        var id = await _demo.RegisterAsync(_app.CreateClient());
        var file = await _finance.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}");
        var total = file.GetProperty("total").GetDecimal();
        var paid = await PayAsync(id, total, "transfer", reference);
        Assert.Equal("Confirmed", paid.GetProperty("status").GetString());
        return (id, paid.GetProperty("number").GetString()!, total);
    }

    private Task<JsonElement> PayAsync(string id, decimal amount, string method, string reference) =>
        DemoBaskets.PayAsync(_finance, id, Today, amount, reference, method);

    private async Task<FecRows> FecAsync(DateOnly from, DateOnly to)
    {
        var response = await _finance.GetAsync($"/api/admin/finance/accounting/fec?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{Siren}FEC{to:yyyyMMdd}.txt", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var rows = FecRows.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.All(rows.Entries(), e => Assert.True(e.Debit == e.Credit, $"{e.Entry}: debit {e.Debit}, credit {e.Credit}"));
        return rows;
    }

    [Fact]
    public async Task TheFecBooksTheSaleItsPaymentThePurchaseAndTheHotelCommissionInBalancedEntries()
    {
        var (_, number, total) = await ConfirmedAsync("VIR FEC 1");

        var fec = await FecAsync(Today, Today);

        var sale = fec.Of("VT", number).ToList();
        var customer = Assert.Single(sale, l => l["CompteNum"] == "411000");
        Assert.Equal(("C" + number, total, 0m), (customer["CompAuxNum"], FecRows.Amount(customer["Debit"]), FecRows.Amount(customer["Credit"])));
        Assert.Equal(total, sale.Sum(l => FecRows.Amount(l["Credit"])));
        Assert.Contains(sale, l => l["CompteNum"] == "706000");
        Assert.Contains(sale, l => l["CompteNum"] == "445710" && l["EcritureLib"].Contains("10 %"));
        Assert.Contains(sale, l => l["CompteNum"] == "445710" && l["EcritureLib"].Contains("20 %"));

        var purchase = fec.Of("HA", number).ToList();
        Assert.Contains(purchase, l => l["CompteNum"] == "604000" && l["Debit"] == "211,50");
        Assert.Contains(purchase, l => l["CompteNum"] == "401000" && l["CompAuxNum"] == Hotel && l["Credit"] == "211,50");
        var commission = fec.Of("OD", number).ToList();
        Assert.Contains(commission, l => l["CompteNum"] == "401000" && l["CompAuxNum"] == Hotel && l["Debit"] == "16,92");
        Assert.Contains(commission, l => l["CompteNum"] == "706200" && l["Credit"] == "16,92");

        var bank = fec.Of("BQ", "VIR FEC 1").ToList();
        Assert.Contains(bank, l => l["CompteNum"] == "512000" && FecRows.Amount(l["Debit"]) == total);
        Assert.Contains(bank, l => l["CompteNum"] == "411000" && l["CompAuxNum"] == "C" + number && FecRows.Amount(l["Credit"]) == total);
        Assert.Equal(["BQ", "HA", "OD", "VT"], fec.Lines.Select(l => l["JournalCode"]).Distinct().Order());
    }

    [Fact]
    public async Task ARegistrationConfirmedOutsideThePeriodIsLeftOut()
    {
        var (_, early, _) = await ConfirmedAsync("VIR EARLY");
        var firstDay = Today;
        _clock.Advance(TimeSpan.FromDays(3));
        _finance = await _app.SignedInClientAsync(Roles.Finance);
        var (_, late, _) = await ConfirmedAsync("VIR LATE");

        var later = await FecAsync(Today, Today);
        var earlier = await FecAsync(firstDay, firstDay.AddDays(2));

        Assert.NotEmpty(later.Of("VT", late));
        Assert.DoesNotContain(later.Lines, l => l["PieceRef"] == early || l["CompAuxNum"] == "C" + early);
        Assert.NotEmpty(earlier.Of("VT", early));
        Assert.DoesNotContain(earlier.Lines, l => l["PieceRef"] == late || l["CompAuxNum"] == "C" + late);
    }

    [Fact]
    public async Task AnExecutedChequePayoutIsBookedToTheHotelsAccountWithItsChequeNumber()
    {
        var (_, number, _) = await ConfirmedAsync("VIR PAYOUT");
        var created = await _finance.PostAsJsonAsync("/api/admin/finance/payouts", new
        {
            criteria = new { dateCriterion = "confirmed", from = Today, to = Today, eventId = DemoBaskets.EventId,
                providerIds = new[] { "adagio-saint-etienne" }, mode = "balance" },
            method = "cheque", chequeNumber = "7654321", requestId = Guid.NewGuid().ToString(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var batchId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var fec = await FecAsync(Today, Today);

        var payout = fec.Lines.Where(l => l["JournalCode"] == "BQ" && l["PieceRef"] == $"{batchId}-00001").ToList();
        Assert.Equal(2, payout.Count);
        // 211.50 € sold, 16.92 € kept: 194.58 € paid to the hotel.
        Assert.Contains(payout, l => l["CompteNum"] == "401000" && l["CompAuxNum"] == Hotel && l["Debit"] == "194,58");
        Assert.Contains(payout, l => l["CompteNum"] == "512000" && l["Credit"] == "194,58");
        Assert.All(payout, l => Assert.Contains("Chèque n° 7654321", l["EcritureLib"]));
        Assert.All(payout, l => Assert.Contains(batchId, l["EcritureLib"]));
        Assert.NotEmpty(fec.Of("VT", number));
    }

    [Fact]
    public async Task PaymentsCsvListsAPaymentWithItsReferenceAndARefundNegativeAndTheFecReversesTheRefund()
    {
        var (id, number, _) = await ConfirmedAsync("VIR CSV 1");
        await PayAsync(id, 12.00m, "cheque", "=1+2");
        var refund = await _finance.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds",
            new { requestId = Guid.NewGuid().ToString(), amount = 30.00m, method = "transfer", reference = "VIR RETOUR 1" });
        Assert.Equal(HttpStatusCode.Created, refund.StatusCode);

        var response = await _finance.GetAsync($"/api/admin/finance/accounting/payments.csv?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(';')).ToList();
        var day = Today.ToString("yyyy-MM-dd");
        Assert.Contains(rows, r => r[0] == day && r[1] == number && r[2] == "Séminaire Cluster Tourisme en Ville" && r[3] == "Claire Martin"
            && r[4] == "transfer" && r[5] == "VIR CSV 1");
        Assert.Contains(rows, r => r[1] == number && r[5] == "'=1+2" && r[6] == "12.00");
        Assert.Contains(rows, r => r[1] == number && r[4] == "refund-transfer" && r[5] == "VIR RETOUR 1" && r[6] == "-30.00");

        var refundEntry = (await FecAsync(Today, Today)).Of("BQ", "VIR RETOUR 1").ToList();
        Assert.Contains(refundEntry, l => l["CompteNum"] == "512000" && l["Credit"] == "30,00" && l["Debit"] == "0,00");
        Assert.Contains(refundEntry, l => l["CompteNum"] == "411000" && l["CompAuxNum"] == "C" + number && l["Debit"] == "30,00");
    }

    [Theory]
    [InlineData("fec")]
    [InlineData("payments.csv")]
    public async Task AReversedOrMissingRangeIsRefusedNamingTheField(string export)
    {
        var reversed = await _finance.GetAsync($"/api/admin/finance/accounting/{export}?from=2026-03-10&to=2026-03-09");
        var missing = await _finance.GetAsync($"/api/admin/finance/accounting/{export}?to=2026-03-09");
        var garbled = await _finance.GetAsync($"/api/admin/finance/accounting/{export}?from=2026-03-01&to=09/03/2026");

        foreach (var (response, field) in new[] { (reversed, "to"), (missing, "from"), (garbled, "to") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            var error = problem.GetProperty("errors").GetProperty(field)[0];
            Assert.NotEmpty(error.GetProperty("fr").GetString()!);
            Assert.NotEmpty(error.GetProperty("en").GetString()!);
            Assert.Single(problem.GetProperty("errors").EnumerateObject());
        }
    }

    [Fact]
    public async Task OnlyTheFinanceTeamGetsTheExports()
    {
        var staff = await _app.SignedInClientAsync(Roles.Staff);
        var admin = await _app.SignedInClientAsync(Roles.Admin);
        var query = $"?from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}";

        foreach (var export in new[] { "fec", "payments.csv" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/admin/finance/accounting/{export}{query}")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync($"/api/admin/finance/accounting/{export}{query}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/admin/finance/accounting/{export}{query}")).StatusCode);
        }
    }
}
