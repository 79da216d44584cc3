using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Catalog;
using Congress.Events;
using Congress.Finance;
using Congress.Platform.Auth;
using Congress.Platform.Storage;
using Congress.Tests.Registrations;

namespace Congress.Tests.Finance;

/// <summary>Provider follow-up, commissions and bank details: the seed's arithmetic, the rules on who may pay whom.</summary>
/// <remarks>An app for each test (IAsyncLifetime): they read the demo hotel's whole follow-up and bank details history.</remarks>
public sealed class ProviderFollowUpTests : IAsyncLifetime
{
    private FinanceFixture _f = null!;

    public async Task InitializeAsync() => _f = await FinanceFixture.CreateAsync();

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private static JsonElement Row(JsonElement view, string providerId) =>
        view.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("providerId").GetString() == providerId);

    [Fact]
    public void CommissionIsTheProductsRateElseTheProvidersRoundedToTheCent()
    {
        var hotel = new ProviderEntity { RowKey = "h", CommissionPercent = "8" };
        Assert.Equal(1692, Commissions.OfCents(21150, Commissions.RateOf(null, hotel)));
        Assert.Equal(0, Commissions.OfCents(6000, Commissions.RateOf(null, new ProviderEntity { CommissionPercent = "0" })));
        // 12.5 % of 0.20 € is 2.5 cents: half away from zero.
        Assert.Equal(3, Commissions.OfCents(20, 12.5m));
        Assert.Equal(10m, Commissions.RateOf(Product() with { CommissionPercent = 10m }, hotel));
        Assert.Equal(8m, Commissions.RateOf(Product(), hotel));
    }

    private static Product Product() => new("p", "s", new("", ""), new("", ""), "h", 100m, 10m, ProductUnits.PerRoomPerNight,
        new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 2), Audiences.Both, "", false, CapacityModes.None, null, null, null, 0, []);

    [Fact]
    public async Task TheSeedsHotelAt8PercentLeaves19458OwedAndTheFeeIsOwedInFull()
    {
        var (id, _) = await _f.RegisterAsync();

        var view = await _f.Finance.GetFromJsonAsync<JsonElement>($"/api/admin/finance/registrations/{id}/follow-up");

        var hotel = Row(view, FinanceFixture.Hotel);
        Assert.Equal(211.50m, hotel.GetProperty("purchase").GetDecimal());
        Assert.Equal(16.92m, hotel.GetProperty("commission").GetDecimal());
        Assert.Equal(194.58m, hotel.GetProperty("remaining").GetDecimal());
        var fee = Row(view, FinanceFixture.Organiser);
        Assert.Equal(60.00m, fee.GetProperty("purchase").GetDecimal());
        Assert.Equal(0m, fee.GetProperty("commission").GetDecimal());
        Assert.Equal(60.00m, fee.GetProperty("remaining").GetDecimal());
        Assert.Equal(view.GetProperty("totals").GetProperty("commission").GetDecimal(), view.GetProperty("marginAndCommission").GetDecimal()
            - view.GetProperty("margin").GetDecimal());
        var listed = Assert.Single(view.GetProperty("commissions").EnumerateArray());
        Assert.Equal((2, 16.92m, 8m), (listed.GetProperty("days").GetInt32(), listed.GetProperty("commission").GetDecimal(),
            listed.GetProperty("rate").GetDecimal()));

        var eventView = await _f.Finance.GetFromJsonAsync<JsonElement>($"/api/admin/finance/events/{DemoBaskets.EventId}/follow-up");
        Assert.Equal(194.58m, Row(eventView, FinanceFixture.Hotel).GetProperty("remaining").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _f.App.SignedInClientAsync(Roles.Staff))
            .GetAsync($"/api/admin/finance/events/{DemoBaskets.EventId}/follow-up")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _f.Finance.GetAsync("/api/admin/finance/registrations/nobody/follow-up")).StatusCode);
    }

    [Fact]
    public async Task ARateChangedAfterASaleNeverRewritesItAndAttendeesNeverSeeRates()
    {
        var (before, _) = await _f.RegisterAsync();
        await _f.App.Storage.Table(CatalogKeys.ProvidersTable).UpdateConditionallyAsync<ProviderEntity>(CatalogKeys.ProviderPartition,
            FinanceFixture.Hotel, p => { p.CommissionPercent = "10"; return true; });
        _f.App.Get<CatalogStore>().ForgetAll();
        var (after, _) = await _f.RegisterAsync();

        async Task<decimal> CommissionAsync(string id) => Row(await _f.Finance.GetFromJsonAsync<JsonElement>(
            $"/api/admin/finance/registrations/{id}/follow-up"), FinanceFixture.Hotel).GetProperty("commission").GetDecimal();
        Assert.Equal(16.92m, await CommissionAsync(before));
        Assert.Equal(21.15m, await CommissionAsync(after));

        var quote = await _f.Public.PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/quote", _f.Demo.SeedBasket());
        Assert.Equal(HttpStatusCode.OK, quote.StatusCode);
        var lines = (await quote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("lines").EnumerateArray()).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.True(!l.TryGetProperty("commissionRate", out var rate) || rate.ValueKind == JsonValueKind.Null));
    }

    [Fact]
    public async Task AnInvalidIbanIsRefusedByFieldAndNothingIsWritten()
    {
        var bad = await _f.Admin.PutAsJsonAsync($"/api/admin/finance/providers/{FinanceFixture.Hotel}/bank-details",
            new { iban = "FR76 3000 6000 0112 3456 7890 188", bic = "NOTABIC", accountHolder = "東京 😀" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["accountHolder", "bic", "iban"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await _f.Admin.GetAsync($"/api/admin/finance/providers/{FinanceFixture.Hotel}/bank-details")).StatusCode);
        Assert.Empty((await _f.Admin.GetFromJsonAsync<JsonElement>($"/api/admin/finance/providers/{FinanceFixture.Hotel}/bank-details/history"))
            .EnumerateArray());
    }

    [Fact]
    public async Task NewBankDetailsPayNothingUntilASecondPersonConfirmsOrTheCoolingPeriodEnds()
    {
        var (id, _) = await _f.RegisterAsync();
        var criteria = _f.Criteria();
        var noDetails = await _f.PreviewAsync(criteria);
        Assert.Equal(PayoutBlocks.NoBankDetails, Blocked(noDetails, FinanceFixture.Hotel));

        var set = await _f.Admin.PutAsJsonAsync($"/api/admin/finance/providers/{FinanceFixture.Hotel}/bank-details",
            new { iban = "fr76 3000 6000 0112 3456 7890 189", bic = "bnpa fr pp", accountHolder = "Adagio Saint-Étienne" });
        var details = await set.Content.ReadFromJsonAsync<JsonElement>();
        var version = details.GetProperty("version").GetString()!;
        Assert.Equal(FinanceFixture.ValidIban, details.GetProperty("iban").GetString());
        Assert.Equal("BNPAFRPP", details.GetProperty("bic").GetString());
        Assert.False(details.GetProperty("payable").GetBoolean());
        Assert.Equal(PayoutBlocks.BankDetailsUnconfirmed, Blocked(await _f.PreviewAsync(criteria), FinanceFixture.Hotel));

        _f.Clock.Advance(TimeSpan.FromMinutes(1));
        // The person who changed them cannot confirm them; somebody else (Finance) can.
        var self = await FinanceFixture.ConfirmAsync(_f.Admin, FinanceFixture.Hotel, version);
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.EndsWith("same-person", (await self.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await FinanceFixture.ConfirmAsync(_f.Finance, FinanceFixture.Hotel, version)).StatusCode);
        var payable = await _f.PreviewAsync(criteria);
        Assert.Null(Blocked(payable, FinanceFixture.Hotel));
        Assert.Equal(19458, FinanceFixture.DueLine(payable, FinanceFixture.Hotel, id)!.Value.GetProperty("dueCents").GetInt64());

        // A later change needs confirming again, unless the cooling period (7 days) has passed.
        _f.Clock.Advance(TimeSpan.FromMinutes(1));
        var confirmed = await FinanceFixture.VersionAsync(await _f.Admin.GetAsync($"/api/admin/finance/providers/{FinanceFixture.Hotel}/bank-details"));
        // A change needs the version it replaces: a stale one (somebody changed them since) is refused.
        var blind = await _f.Admin.PutAsJsonAsync($"/api/admin/finance/providers/{FinanceFixture.Hotel}/bank-details",
            new { iban = "DE89370400440532013000", bic = "", accountHolder = "Adagio", version });
        Assert.Equal(HttpStatusCode.Conflict, blind.StatusCode);
        var changed = await _f.Admin.PutAsJsonAsync($"/api/admin/finance/providers/{FinanceFixture.Hotel}/bank-details",
            new { iban = "DE89370400440532013000", bic = "", accountHolder = "Adagio", version = confirmed });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        // The finance member read the confirmed details, somebody changed them since: confirming what was read confirms nothing.
        var unseen = await FinanceFixture.ConfirmAsync(_f.Finance, FinanceFixture.Hotel, confirmed);
        Assert.Equal(HttpStatusCode.Conflict, unseen.StatusCode);
        Assert.EndsWith("bank-details-changed", (await unseen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(PayoutBlocks.BankDetailsUnconfirmed, Blocked(await _f.PreviewAsync(criteria), FinanceFixture.Hotel));
        _f.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromTicks(1));
        await _f.SignInAgainAsync();
        Assert.Equal(PayoutBlocks.BankDetailsUnconfirmed, Blocked(await _f.PreviewAsync(criteria), FinanceFixture.Hotel));
        _f.Clock.Advance(TimeSpan.FromTicks(1));
        Assert.Null(Blocked(await _f.PreviewAsync(criteria), FinanceFixture.Hotel));

        var history = (await _f.Admin.GetFromJsonAsync<JsonElement>($"/api/admin/finance/providers/{FinanceFixture.Hotel}/bank-details/history"))
            .EnumerateArray().Select(h => (h.GetProperty("action").GetString(), h.GetProperty("ibanAfter").GetString())).ToList();
        Assert.Equal([("changed", "DE89370400440532013000"), ("confirmed", FinanceFixture.ValidIban), ("changed", FinanceFixture.ValidIban)], history);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _f.App.SignedInClientAsync(Roles.OperationsManager))
            .GetAsync($"/api/admin/finance/providers/{FinanceFixture.Hotel}/bank-details")).StatusCode);
    }

    [Fact]
    public async Task DepositModePaysTheShareOfWhatWasReceivedAndBalanceModeOnlyFullyPaidRegistrations()
    {
        // A 30 % deposit: half paid is the deposit collected, not the balance.
        await _f.App.Storage.Table(EventsApi.Table).UpdateConditionallyAsync<EventEntity>(EventEntity.Partition, DemoBaskets.EventId,
            e => { e.DepositPercent = 30; return true; });
        _f.App.Get<CatalogStore>().Forget(DemoBaskets.EventId);
        var (half, _) = await _f.RegisterAsync(paid: 0.5m);
        var (full, _) = await _f.RegisterAsync();
        var (none, _) = await _f.RegisterAsync(paid: 0m);

        var balance = await _f.PreviewAsync(_f.Criteria("balance"));
        Assert.Null(FinanceFixture.DueLine(balance, FinanceFixture.Hotel, half));
        Assert.Null(FinanceFixture.DueLine(balance, FinanceFixture.Hotel, none));
        Assert.Equal(19458, FinanceFixture.DueLine(balance, FinanceFixture.Hotel, full)!.Value.GetProperty("dueCents").GetInt64());

        var deposit = await _f.PreviewAsync(_f.Criteria("deposit"));
        Assert.InRange(FinanceFixture.DueLine(deposit, FinanceFixture.Hotel, half)!.Value.GetProperty("dueCents").GetInt64(), 19458 / 2 - 1, 19458 / 2 + 1);
        Assert.Null(FinanceFixture.DueLine(deposit, FinanceFixture.Hotel, none));
    }

    [Fact]
    public async Task BadSelectionsNameTheirField()
    {
        var response = await _f.Finance.PostAsJsonAsync("/api/admin/finance/payouts/preview", new
        {
            criteria = new { dateCriterion = "yesterday", from = "2027-03-10", to = "2027-03-01", mode = "all" }, method = "transfer",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["criteria.dateCriterion", "criteria.mode", "criteria.to"], (await response.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var empty = await _f.Finance.PostAsJsonAsync("/api/admin/finance/payouts", new { criteria = _f.Criteria(), method = "transfer" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("criteria", out _));
    }

    private static string? Blocked(JsonElement preview, string providerId) => preview.GetProperty("payments").EnumerateArray()
        .Single(p => p.GetProperty("providerId").GetString() == providerId).GetProperty("blocked").GetString();
}
