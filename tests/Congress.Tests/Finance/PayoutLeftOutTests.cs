using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Finance;

namespace Congress.Tests.Finance;

/// <summary>The preview names every registration of the selection that a batch would not pay, and why.</summary>
/// <remarks>An app of its own: the test reads the whole selection of the demo hotel, which other tests would add to.</remarks>
public sealed class PayoutLeftOutTests : IAsyncLifetime
{
    private FinanceFixture _f = null!;

    public async Task InitializeAsync() => _f = await FinanceFixture.CreateAsync();

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private static Dictionary<string, string> LeftOut(JsonElement preview) =>
        preview.GetProperty("leftOut").EnumerateArray().ToDictionary(l => l.GetProperty("registrationId").GetString()!, l => l.GetProperty("reason").GetString()!);

    private async Task CancelAsync(string id)
    {
        var file = await _f.Admin.GetAsync($"/api/admin/registrations/{id}");
        var cancel = new HttpRequestMessage(HttpMethod.Post, $"/api/admin/registrations/{id}/cancel") { Content = JsonContent.Create(new { reason = "Désistement" }) };
        cancel.Headers.IfMatch.Add(file.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await _f.Admin.SendAsync(cancel)).StatusCode);
    }

    [Fact]
    public async Task EveryRegistrationTheSelectionLeavesOutIsListedWithItsReasonInBothLanguages()
    {
        var (paid, _) = await _f.RegisterAsync();
        // Half paid: the demo's deposit is the whole total, so it still owes money and waits for its payment.
        var (half, _) = await _f.RegisterAsync(paid: 0.5m);
        var (unpaid, _) = await _f.RegisterAsync(paid: 0);
        var (cancelled, _) = await _f.RegisterAsync();
        await CancelAsync(cancelled);
        var balance = _f.Criteria(providerId: FinanceFixture.Hotel);

        // No bank details yet: the fully paid file is in a blocked payment, so left out too.
        var blocked = await _f.PreviewAsync(balance);
        Assert.Equal(0, blocked.GetProperty("payableCount").GetInt32());
        Assert.Equal(new Dictionary<string, string>
        {
            [paid] = PayoutBlocks.NoBankDetails, [half] = LeftOutReasons.BalanceNotPaid,
            [unpaid] = LeftOutReasons.BalanceNotPaid, [cancelled] = LeftOutReasons.NotASale,
        }, LeftOut(blocked));
        var owing = blocked.GetProperty("leftOut").EnumerateArray().First(l => l.GetProperty("registrationId").GetString() == half);
        Assert.Equal(FinanceFixture.Hotel, owing.GetProperty("providerId").GetString());
        Assert.Equal("Reste à payer par l'inscrit (mode solde)", owing.GetProperty("text").GetProperty("fr").GetString());
        Assert.Equal("The attendee still owes money (balance mode)", owing.GetProperty("text").GetProperty("en").GetString());

        // Deposit mode: neither the half-paid nor the unpaid file has its deposit in; the paid one stays blocked.
        var deposit = await _f.PreviewAsync(_f.Criteria(mode: PayoutModes.Deposit, providerId: FinanceFixture.Hotel));
        Assert.Equal(LeftOutReasons.DepositNotReceived, LeftOut(deposit)[unpaid]);
        Assert.Equal(LeftOutReasons.DepositNotReceived, LeftOut(deposit)[half]);
        Assert.Equal(PayoutBlocks.NoBankDetails, LeftOut(deposit)[paid]);

        // Paid out: nothing payable any more, and the preview says why for each file instead of only "nothing to pay".
        await _f.PayableBankDetailsAsync(FinanceFixture.Hotel);
        var payable = await _f.PreviewAsync(balance);
        Assert.False(LeftOut(payable).ContainsKey(paid));
        var created = await _f.Finance.PostAsJsonAsync("/api/admin/finance/payouts", new { criteria = balance, method = "transfer", requestId = "left-out" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var after = await _f.PreviewAsync(balance);
        Assert.Equal(0, after.GetProperty("payments").GetArrayLength());
        Assert.Equal(new Dictionary<string, string>
        {
            [paid] = LeftOutReasons.AlreadyPaidOut, [half] = LeftOutReasons.BalanceNotPaid,
            [unpaid] = LeftOutReasons.BalanceNotPaid, [cancelled] = LeftOutReasons.NotASale,
        }, LeftOut(after));
    }
}
