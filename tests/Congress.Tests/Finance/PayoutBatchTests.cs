using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Congress.Finance;
using Congress.Finance.Sepa;
using Congress.Messaging;
using Congress.Platform.Triggers;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Tests.Finance;

/// <summary>Payout batches: the scheduled drop under a fake clock, cancelling, cheques, and two batches at once.</summary>
/// <remarks>An app for each test (IAsyncLifetime): each sets the clock to its days and pays out all that the demo hotel is due.</remarks>
public sealed class PayoutBatchTests : IAsyncLifetime
{
    private static readonly XNamespace Pain = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private FinanceFixture _f = null!;

    public async Task InitializeAsync() => _f = await FinanceFixture.CreateAsync();

    public async Task DisposeAsync() => await _f.DisposeAsync();

    private async Task RunScheduleAsync()
    {
        using var scope = _f.App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PayoutScheduleJob>().RunAsync(
            new TimerContext(PayoutScheduleJob.Name, _f.Clock.GetUtcNow(), false), CancellationToken.None);
    }

    private async Task<List<string>> OutboxFilesAsync()
    {
        var names = new List<string>();
        await foreach (var blob in _f.App.Storage.Container(PayoutFile.Container).GetBlobsAsync()) names.Add(blob.Name);
        return names;
    }

    private async Task<byte[]> FileAsync(string name) =>
        (await _f.App.Storage.Container(PayoutFile.Container).GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray();

    /// <summary>Moves the clock to the next Monday, 06:30 in Paris.</summary>
    private async Task NextMondayMorningAsync()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var local = TimeZoneInfo.ConvertTime(_f.Clock.GetUtcNow(), paris);
        var days = ((int)DayOfWeek.Monday - (int)local.DayOfWeek + 7) % 7;
        var target = local.Date.AddDays(days == 0 ? 7 : days).AddHours(6.5);
        _f.Clock.SetUtcNow(new DateTimeOffset(target, paris.GetUtcOffset(target)));
        await _f.SignInAgainAsync();
    }

    [Fact]
    public async Task TheScheduleDropsOneValidFilePerPeriodAndLinesInABatchAreNeverSelectedAgain()
    {
        var (first, _) = await _f.RegisterAsync();
        await _f.PayableBankDetailsAsync(FinanceFixture.Hotel);
        await NextMondayMorningAsync();

        await RunScheduleAsync();
        await RunScheduleAsync();

        var name = Assert.Single(await OutboxFilesAsync());
        var bytes = await FileAsync(name);
        Assert.Empty(SepaSchema.Validate(new MemoryStream(bytes)));
        var xml = XDocument.Load(new MemoryStream(bytes));
        var amounts = xml.Descendants(Pain + "InstdAmt").Select(a => decimal.Parse(a.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(194.58m, Assert.Single(amounts));
        Assert.Equal(amounts.Sum().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), xml.Descendants(Pain + "CtrlSum").First().Value);
        Assert.Equal("SLEV", xml.Descendants(Pain + "ChrgBr").Single().Value);
        Assert.All(xml.Descendants(Pain + "Nm").Select(n => n.Value), text => Assert.All(text, c => Assert.True(SepaText.IsAllowed(c), $"'{c}' in {text}")));
        // The organiser's own provider has no bank details: it is not paid, and the email says so.
        var batchId = Path.GetFileNameWithoutExtension(name);
        var notice = await _f.App.Get<EmailOutbox>().FindAsync($"payout/{batchId}/released", CancellationToken.None);
        Assert.Contains("no-bank-details", notice!.TextBody);
        Assert.Equal("finance@congres.example", notice.ToAddress);

        // Paid again in the same period: the period has its file, nothing new is written; the line is no longer due.
        var (second, _) = await _f.RegisterAsync();
        _f.Clock.Advance(TimeSpan.FromHours(3));
        await RunScheduleAsync();
        Assert.Single(await OutboxFilesAsync());
        var criteria = new { dateCriterion = "created", from = "2000-01-01", to = _f.Clock.GetUtcNow().ToString("yyyy-MM-dd"), mode = "balance" };
        var preview = await _f.PreviewAsync(criteria);
        Assert.Null(FinanceFixture.DueLine(preview, FinanceFixture.Hotel, first));
        Assert.NotNull(FinanceFixture.DueLine(preview, FinanceFixture.Hotel, second));

        // Cancelled, the batch frees its lines; its file stays as it was released.
        Assert.Equal(HttpStatusCode.OK, (await _f.Finance.PostAsync($"/api/admin/finance/payouts/{batchId}/cancel", null)).StatusCode);
        Assert.NotNull(FinanceFixture.DueLine(await _f.PreviewAsync(criteria), FinanceFixture.Hotel, first));
        Assert.Equal(bytes, await FileAsync(name));

        // The next period pays both registrations in a new file.
        await NextMondayMorningAsync();
        await RunScheduleAsync();
        var files = await OutboxFilesAsync();
        Assert.Equal(2, files.Count);
        var next = XDocument.Load(new MemoryStream(await FileAsync(files.Single(f => f != name))));
        Assert.Equal("389.16", next.Descendants(Pain + "CtrlSum").First().Value);
        Assert.Equal("1", next.Descendants(Pain + "NbOfTxs").First().Value);
    }

    [Fact]
    public async Task TwoBatchesBuiltAtOnceNeverPayAShareTwice()
    {
        var (id, _) = await _f.RegisterAsync();
        await _f.PayableBankDetailsAsync(FinanceFixture.Hotel);
        var criteria = _f.Criteria(providerId: FinanceFixture.Hotel);
        // Without the ledger's claims both would pay it: planned side by side, both see the line due.
        var plans = await Task.WhenAll(_f.PreviewAsync(criteria), _f.PreviewAsync(criteria));
        Assert.All(plans, p => Assert.Equal(19458, FinanceFixture.DueLine(p, FinanceFixture.Hotel, id)!.Value.GetProperty("dueCents").GetInt64()));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            _f.Finance.PostAsJsonAsync("/api/admin/finance/payouts", new { criteria, method = "transfer", requestId = $"parallel-{i}" })));

        var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.BadRequest }));
        var totals = await Task.WhenAll(created.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetDecimal()));
        Assert.Equal(194.58m, totals.Sum());
        Assert.Null(FinanceFixture.DueLine(await _f.PreviewAsync(criteria), FinanceFixture.Hotel, id));

        // The same request id again: the same batch, nothing more.
        var again = await _f.Finance.PostAsJsonAsync("/api/admin/finance/payouts", new { criteria, method = "transfer", requestId = "parallel-0" });
        Assert.True(again.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest);
        var batches = await _f.Finance.GetFromJsonAsync<JsonElement>("/api/admin/finance/payouts");
        Assert.Equal(194.58m, batches.EnumerateArray().Sum(b => b.GetProperty("total").GetDecimal()));
    }

    [Fact]
    public async Task AChequePayoutIsPaidAtOnceAndAnExecutedBatchCannotBeCancelled()
    {
        var (id, _) = await _f.RegisterAsync();
        var noNumber = await _f.Finance.PostAsJsonAsync("/api/admin/finance/payouts",
            new { criteria = _f.Criteria(), method = "cheque", requestId = "cheque-bad" });
        Assert.Equal(["chequeNumber", "criteria.providerIds"], (await noNumber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        var cheque = await _f.Finance.PostAsJsonAsync("/api/admin/finance/payouts",
            new { criteria = _f.Criteria(providerId: FinanceFixture.Organiser), method = "cheque", chequeNumber = "CHQ 0001234", requestId = "cheque-1" });
        Assert.Equal(HttpStatusCode.Created, cheque.StatusCode);
        var batch = await cheque.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((PayoutStatus.Executed, 60.00m), (batch.GetProperty("status").GetString(), batch.GetProperty("total").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, batch.GetProperty("fileName").ValueKind);

        var view = await _f.Finance.GetFromJsonAsync<JsonElement>($"/api/admin/finance/registrations/{id}/follow-up");
        var organiser = view.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("providerId").GetString() == FinanceFixture.Organiser);
        Assert.Equal((60.00m, 0m), (organiser.GetProperty("paidOut").GetDecimal(), organiser.GetProperty("remaining").GetDecimal()));

        var cancel = await _f.Finance.PostAsync($"/api/admin/finance/payouts/{batch.GetProperty("id").GetString()}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
    }

    [Fact]
    public async Task AReleasedTransferIsMarkedExecutedOnceAndShowsAsPaidOut()
    {
        var (id, _) = await _f.RegisterAsync();
        await _f.PayableBankDetailsAsync(FinanceFixture.Hotel);
        var created = await _f.Finance.PostAsJsonAsync("/api/admin/finance/payouts",
            new { criteria = _f.Criteria(providerId: FinanceFixture.Hotel), method = "transfer", requestId = "exec-1" });
        var batchId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var inProgress = await _f.Finance.GetFromJsonAsync<JsonElement>($"/api/admin/finance/registrations/{id}/follow-up");
        Assert.Equal(194.58m, inProgress.GetProperty("totals").GetProperty("inProgress").GetDecimal());

        Assert.Equal(HttpStatusCode.OK, (await _f.Finance.PostAsync($"/api/admin/finance/payouts/{batchId}/executed", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _f.Finance.PostAsync($"/api/admin/finance/payouts/{batchId}/executed", null)).StatusCode);
        var paid = await _f.Finance.GetFromJsonAsync<JsonElement>($"/api/admin/finance/registrations/{id}/follow-up");
        var hotel = paid.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("providerId").GetString() == FinanceFixture.Hotel);
        Assert.Equal((194.58m, 0m, 0m), (hotel.GetProperty("paidOut").GetDecimal(), hotel.GetProperty("inProgress").GetDecimal(),
            hotel.GetProperty("remaining").GetDecimal()));
        var file = await _f.Finance.GetAsync($"/api/admin/finance/payouts/{batchId}/file");
        Assert.Equal("application/xml", file.Content.Headers.ContentType?.MediaType);
        var detail = await _f.Finance.GetFromJsonAsync<JsonElement>($"/api/admin/finance/payouts/{batchId}");
        var payment = Assert.Single(detail.GetProperty("payments").EnumerateArray());
        Assert.Contains("1 dossier", payment.GetProperty("remittance").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await _f.Finance.PostAsync($"/api/admin/finance/payouts/{batchId}/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task ARegistrationCancelledAfterItsPayoutIsNeverPaidNegativelyAndShowsWhatToRecover()
    {
        var (id, _) = await _f.RegisterAsync();
        await _f.PayableBankDetailsAsync(FinanceFixture.Hotel);
        var criteria = _f.Criteria(providerId: FinanceFixture.Hotel);
        var created = await _f.Finance.PostAsJsonAsync("/api/admin/finance/payouts", new { criteria, method = "transfer", requestId = "before-cancel" });
        var batchId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _f.Finance.PostAsync($"/api/admin/finance/payouts/{batchId}/executed", null)).StatusCode);

        var file = await _f.Admin.GetAsync($"/api/admin/registrations/{id}");
        var cancel = new HttpRequestMessage(HttpMethod.Post, $"/api/admin/registrations/{id}/cancel") { Content = JsonContent.Create(new { reason = "Désistement" }) };
        cancel.Headers.IfMatch.Add(file.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await _f.Admin.SendAsync(cancel)).StatusCode);

        var preview = await _f.PreviewAsync(criteria);
        var payment = Assert.Single(preview.GetProperty("payments").EnumerateArray());
        Assert.Equal((PayoutBlocks.NotPositive, -19458L), (payment.GetProperty("blocked").GetString(), payment.GetProperty("amountCents").GetInt64()));
        var again = await _f.Finance.PostAsJsonAsync("/api/admin/finance/payouts", new { criteria, method = "transfer", requestId = "after-cancel" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var view = await _f.Finance.GetFromJsonAsync<JsonElement>($"/api/admin/finance/events/{Congress.Tests.Registrations.DemoBaskets.EventId}/follow-up");
        var hotel = view.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("providerId").GetString() == FinanceFixture.Hotel);
        Assert.Equal((194.58m, -194.58m), (hotel.GetProperty("paidOut").GetDecimal(), hotel.GetProperty("remaining").GetDecimal()));
    }

    [Fact]
    public async Task ARunStoppedAfterItsClaimsIsResumedWithoutClaimingAnythingNew()
    {
        var (first, _) = await _f.RegisterAsync();
        await _f.PayableBankDetailsAsync(FinanceFixture.Hotel);
        var criteria = new PayoutCriteria("created", new DateOnly(2000, 1, 1), DateOnly.FromDateTime(_f.Clock.GetUtcNow().UtcDateTime.AddDays(1)),
            Congress.Tests.Registrations.DemoBaskets.EventId, [FinanceFixture.Hotel], null, PayoutModes.Balance);
        var batches = _f.App.Get<PayoutBatches>();
        var outcome = await batches.CreateAsync("PRESUME", criteria, PayoutMethods.Transfer, null, "test", CancellationToken.None);
        Assert.Equal(PayoutStatus.Released, outcome.Batch!.Status);

        // As if the run had stopped once the payments were fixed: back to Claimed, file gone, a new registration paid since.
        var header = (await batches.FindAsync("PRESUME", CancellationToken.None))!;
        header.Status = PayoutStatus.Claimed;
        await _f.App.Storage.Table(PayoutBatchRow.Table).UpdateEntityAsync(header, header.ETag);
        await _f.App.Storage.Container(PayoutFile.Container).DeleteBlobAsync(header.FileName);
        var (second, _) = await _f.RegisterAsync();

        var resumed = await batches.CreateAsync("PRESUME", criteria, PayoutMethods.Transfer, null, "test", CancellationToken.None);

        Assert.Equal((PayoutStatus.Released, 19458L), (resumed.Batch!.Status, resumed.Batch.TotalCents));
        var xml = XDocument.Load(new MemoryStream(await FileAsync(resumed.Batch.FileName!)));
        Assert.Equal("194.58", xml.Descendants(Pain + "CtrlSum").First().Value);
        var preview = await _f.PreviewAsync(_f.Criteria(providerId: FinanceFixture.Hotel));
        Assert.Null(FinanceFixture.DueLine(preview, FinanceFixture.Hotel, first));
        Assert.Equal(19458, FinanceFixture.DueLine(preview, FinanceFixture.Hotel, second)!.Value.GetProperty("dueCents").GetInt64());
    }

    [Fact]
    public async Task TheLedgerTakesEachEuroOnceAndWithoutItsClaimsCheckTwoBatchesWouldBothTakeIt()
    {
        var ledger = _f.App.Get<PayoutLedger>();
        var target = new ClaimTarget("event-a", "registration-1", Sale: true, OwedCents: 19458, ModeTargetCents: 19458);
        async Task<long> HeldAsync() => (await ledger.LinesAsync("provider-x", CancellationToken.None)).Values.Sum(r => r.Claims().Sum(c => c.Cents));

        await Task.WhenAll(ledger.ClaimAsync("batch-1", "provider-x", [target], id => true, CancellationToken.None),
            ledger.ClaimAsync("batch-2", "provider-x", [target], id => true, CancellationToken.None));
        Assert.Equal(19458, await HeldAsync());

        // Negative control: a ledger that ignored the other batches' claims (the guard off) pays the share again.
        await ledger.ClaimAsync("batch-3", "provider-x", [target], id => false, CancellationToken.None);
        Assert.Equal(2 * 19458, await HeldAsync());
    }

    [Fact]
    public async Task ARunStoppedWhileClaimingResumesWhatItWasAskedAndAnEmptyOneGivesItsClaimsBack()
    {
        var (id, _) = await _f.RegisterAsync();
        await _f.PayableBankDetailsAsync(FinanceFixture.Hotel);
        var today = DateOnly.FromDateTime(_f.Clock.GetUtcNow().UtcDateTime);
        var criteria = new PayoutCriteria("created", today.AddDays(-1), today.AddDays(1), Congress.Tests.Registrations.DemoBaskets.EventId,
            [FinanceFixture.Hotel], null, PayoutModes.Balance);
        var table = _f.App.Storage.Table(PayoutBatchRow.Table);
        var ledger = _f.App.Get<PayoutLedger>();
        // As if a transfer run had stopped after its claims: header Building, the share claimed, no payments, no file.
        await table.AddEntityAsync(new PayoutBatchRow
        {
            PartitionKey = "PSTOPPED", Method = PayoutMethods.Transfer, CreatedBy = "test", CreatedAt = _f.Clock.GetUtcNow(),
            CriteriaJson = System.Text.Json.JsonSerializer.Serialize(criteria, Congress.Platform.Triggers.JsonDefaults.Options),
        });
        await ledger.ClaimAsync("PSTOPPED", FinanceFixture.Hotel,
            [new ClaimTarget(Congress.Tests.Registrations.DemoBaskets.EventId, id, true, 19458, 19458)], _ => true, CancellationToken.None);

        // A retry asking something else (a cheque) resumes the transfer it was.
        var resumed = await _f.App.Get<PayoutBatches>().CreateAsync("PSTOPPED", criteria with { ProviderIds = [FinanceFixture.Organiser] },
            PayoutMethods.Cheque, "123", "test", CancellationToken.None);
        Assert.Equal((PayoutStatus.Released, PayoutMethods.Transfer, 19458L), (resumed.Batch!.Status, resumed.Batch.Method, resumed.Batch.TotalCents));
        Assert.NotNull(resumed.Batch.FileName);

        // A stopped run that finds nothing left to pay is cancelled and gives back what it had claimed.
        await table.AddEntityAsync(new PayoutBatchRow
        {
            PartitionKey = "PEMPTY", Method = PayoutMethods.Transfer, CreatedBy = "test", CreatedAt = _f.Clock.GetUtcNow(),
            CriteriaJson = System.Text.Json.JsonSerializer.Serialize(criteria with { ProviderIds = ["hotel-du-musee"] },
                Congress.Platform.Triggers.JsonDefaults.Options),
        });
        await ledger.ClaimAsync("PEMPTY", FinanceFixture.Hotel,
            [new ClaimTarget("another-event", "someone", true, 5000, 5000)], _ => true, CancellationToken.None);
        var empty = await _f.App.Get<PayoutBatches>().CreateAsync("PEMPTY", criteria, PayoutMethods.Transfer, null, "test", CancellationToken.None);
        Assert.Null(empty.Batch);
        Assert.Equal(PayoutStatus.Cancelled, (await _f.App.Get<PayoutBatches>().FindAsync("PEMPTY", CancellationToken.None))!.Status);
        var rows = await ledger.LinesAsync(FinanceFixture.Hotel, CancellationToken.None);
        Assert.DoesNotContain(rows.Values.SelectMany(r => r.Claims()), c => c.BatchId == "PEMPTY");
    }
}
