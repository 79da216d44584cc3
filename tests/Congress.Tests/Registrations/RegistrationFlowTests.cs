using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Catalog;
using Congress.Platform.Auth;
using Congress.Platform.Triggers;
using Congress.Registrations;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace Congress.Tests.Registrations;

/// <remarks>
/// An app for each test (IAsyncLifetime): they set the clock to their own deadlines and count the
/// demo event's stock from what a fresh event holds.
/// </remarks>
public sealed class RegistrationFlowTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private AppFactory _app = null!;
    private HttpClient _client = null!;
    private DemoBaskets _demo = null!;
    private MailDev _mail = null!;

    public async Task InitializeAsync()
    {
        _app = await AppFactory.CreateAsync(new Dictionary<string, string?> { ["App:LoadDemoEvent"] = "true" },
            services => services.AddSingleton<TimeProvider>(_clock), withMail: true);
        _client = _app.CreateClient();
        _demo = await DemoBaskets.ReadAsync(_client);
        _mail = await LocalServices.MailDevAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<JsonElement> SubmitAsync(object input, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await _client.PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations", input);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<StockRow> StockAsync(string product, DateOnly night) =>
        (await _app.Storage.Table(StockKeys.Table).GetEntityAsync<StockRow>(DemoBaskets.EventId,
            StockKeys.Stock(product, night.ToString("yyyy-MM-dd")))).Value;

    private async Task DrainFlowAsync()
    {
        var host = _app.Get<LocalTriggerHost>();
        var catalogue = _app.Get<TriggerCatalogue>();
        for (var i = 0; i < 3; i++)
        {
            await host.PollOnceAsync(catalogue.FindQueue(RegistrationsFeature.FlowFunction)!, CancellationToken.None);
            await host.PollOnceAsync(catalogue.FindQueue(Congress.Messaging.MessagingFeature.SendFunction)!, CancellationToken.None);
        }
    }

    private Task RunFlowAsync(string registrationId, string action) =>
        _app.Services.CreateScope().ServiceProvider.GetRequiredService<RegistrationFlowHandler>().HandleAsync(
            new QueueMessageContext(RegistrationsFeature.FlowFunction, FlowMessage.Queue, "m",
                JsonSerializer.Serialize(new FlowMessage(registrationId, action, _clock.GetUtcNow()), JsonDefaults.Options), 1),
            CancellationToken.None);

    [Fact]
    public async Task TransferRegistrationIsHeldOnceThenConfirmedWithNumberPdfAndOneEmail()
    {
        var email = $"claire-{Guid.NewGuid():N}@example.org";
        var input = _demo.Submit("key-" + email, "transfer", email);

        var created = await SubmitAsync(input);
        var again = await SubmitAsync(input, HttpStatusCode.OK);
        var id = created.GetProperty("registrationId").GetString()!;

        Assert.Equal(id, again.GetProperty("registrationId").GetString());
        Assert.Equal("AwaitingPayment", created.GetProperty("status").GetString());
        Assert.Equal("FR7630006000011234567890189", created.GetProperty("payment").GetProperty("iban").GetString());
        // The reference to quote on the transfer is the file number, given as soon as the stock is held.
        Assert.Matches("^[0-9]{8}$", created.GetProperty("payment").GetProperty("reference").GetString());
        Assert.Equal(1, (await StockAsync("adagio-double-b1", _demo.Wednesday)).Held);

        var finance = await _app.SignedInClientAsync(Roles.Finance);
        var paid = await finance.PostAsJsonAsync($"/api/admin/registrations/{id}/payments", new
        {
            amount = created.GetProperty("deposit").GetDecimal(), method = "transfer",
            receivedOn = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd"), reference = "VIR 2027-001",
        });
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        await DrainFlowAsync();
        await DrainFlowAsync();

        var token = created.GetProperty("accessToken").GetString()!;
        var view = await _client.GetFromJsonAsync<JsonElement>($"/api/registrations/{id}?token={Uri.EscapeDataString(token)}");
        Assert.Equal("Confirmed", view.GetProperty("status").GetString());
        var number = view.GetProperty("number").GetString()!;
        Assert.Equal(created.GetProperty("payment").GetProperty("reference").GetString(), number);
        var stock = await StockAsync("adagio-double-b1", _demo.Wednesday);
        Assert.Equal((0, 1), (stock.Held, stock.Sold));

        var pdf = await _client.GetByteArrayAsync(view.GetProperty("summaryPdfUrl").GetString());
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            Assert.Contains(number, text);
            Assert.Contains("Séminaire Cluster Tourisme en Ville", text);
        }
        var emails = await _mail.WaitForEmailsAsync(email, 1);
        var confirmation = Assert.Single(emails);
        Assert.Contains(number, confirmation.GetProperty("subject").GetString());
        Assert.Single(confirmation.GetProperty("attachments").EnumerateArray());
        var contact = (await _app.Storage.Table(Congress.Contacts.ContactBook.Table).GetEntityAsync<Congress.Contacts.ContactRow>(
            Congress.Contacts.ContactRow.Partition, email)).Value;
        Assert.Equal(id, contact.Registrations);
        Assert.Equal("OT Lyon", contact.Organisation);
    }

    [Fact]
    public async Task ChequeReminderGoesOutOnceOnItsDay()
    {
        var email = $"remind-{Guid.NewGuid():N}@example.org";
        var created = await SubmitAsync(_demo.Submit("k-" + email, "cheque", email));
        var id = created.GetProperty("registrationId").GetString()!;
        var remindAt = (await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!.RemindAt!.Value;

        _clock.SetUtcNow(remindAt - TimeSpan.FromTicks(1));
        await RunFlowAsync(id, FlowMessage.Remind);
        Assert.False((await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!.ReminderSent);
        _clock.SetUtcNow(remindAt);
        await RunFlowAsync(id, FlowMessage.Remind);
        await RunFlowAsync(id, FlowMessage.Remind);
        await _app.Get<LocalTriggerHost>().PollOnceAsync(_app.Get<TriggerCatalogue>().FindQueue(Congress.Messaging.MessagingFeature.SendFunction)!,
            CancellationToken.None);

        var reminder = Assert.Single(await _mail.WaitForEmailsAsync(email, 1));
        Assert.StartsWith("Rappel", reminder.GetProperty("subject").GetString());
        Assert.Contains("Saint-Étienne Congrès Évènements", await ReminderTextAsync(email) ?? "");
        Assert.True((await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!.ReminderSent);
    }

    private async Task<string?> ReminderTextAsync(string email) =>
        (await _mail.EmailsToAsync(email)).Select(e => e.GetProperty("text").GetString()).FirstOrDefault();

    private async Task<HttpResponseMessage> RecordAsync(HttpClient finance, string id, decimal amount, string reference) =>
        await finance.PostAsJsonAsync($"/api/admin/registrations/{id}/payments", new
        {
            amount, method = "cheque", reference,
            receivedOn = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd"),
        });

    [Fact]
    public async Task SameChequeNumberWithAnotherAmountIsA409AndCountsOnce()
    {
        var email = $"chq-{Guid.NewGuid():N}@example.org";
        var id = (await SubmitAsync(_demo.Submit("k-" + email, "cheque", email))).GetProperty("registrationId").GetString()!;
        var finance = await _app.SignedInClientAsync(Roles.Finance);

        Assert.Equal(HttpStatusCode.Created, (await RecordAsync(finance, id, 10.00m, "CHQ 42")).StatusCode);
        var again = await RecordAsync(finance, id, 10.00m, "CHQ 42");
        var other = await RecordAsync(finance, id, 200.00m, "CHQ 42");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.True((await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reference", out _));
        Assert.Equal(1000, (await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!.PaidCents);
    }

    [Fact]
    public async Task PartPaymentOfAnExpiredRegistrationIsFlaggedForRefund()
    {
        var email = $"part-{Guid.NewGuid():N}@example.org";
        var created = await SubmitAsync(_demo.Submit("k-" + email, "cheque", email));
        var id = created.GetProperty("registrationId").GetString()!;
        var finance = await _app.SignedInClientAsync(Roles.Finance);
        await RecordAsync(finance, id, 50.00m, "CHQ 777");

        _clock.SetUtcNow(created.GetProperty("holdExpiresAt").GetDateTimeOffset());
        await RunFlowAsync(id, FlowMessage.ExpireHold);

        var registration = (await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!;
        Assert.Equal(RegistrationStatus.Expired, registration.Status);
        Assert.Equal(5000, registration.RefundDueCents);
    }

    [Fact]
    public async Task StaleHoldOfASubmitThatStoppedHalfwayIsReleasedBySweep()
    {
        var night = _demo.Wednesday.ToString("yyyy-MM-dd");
        var store = _app.Get<RegistrationStore>();
        await store.TryAddAsync(new RegistrationEntity { PartitionKey = "rstalesubmit", EventId = DemoBaskets.EventId }, CancellationToken.None);
        await _app.Get<Inventory>().HoldAsync(DemoBaskets.EventId, "rstalesubmit", [new StockNeed("musee-single", night, 1)],
            _clock.GetUtcNow().AddMinutes(-1), CancellationToken.None);
        var heldBefore = (await StockAsync("musee-single", _demo.Wednesday)).Held;

        await RunFlowAsync("rstalesubmit", FlowMessage.ExpireHold);

        Assert.Equal(heldBefore - 1, (await StockAsync("musee-single", _demo.Wednesday)).Held);
    }

    [Fact]
    public async Task WrongTokenOrUnknownRegistrationIsNotFound()
    {
        var email = $"token-{Guid.NewGuid():N}@example.org";
        var created = await SubmitAsync(_demo.Submit("key-" + email, "cheque", email));
        var other = await SubmitAsync(_demo.Submit("key2-" + email, "cheque", email));
        var id = created.GetProperty("registrationId").GetString()!;

        var wrong = await _client.GetAsync($"/api/registrations/{id}?token={Uri.EscapeDataString(other.GetProperty("accessToken").GetString()!)}");
        var none = await _client.GetAsync($"/api/registrations/{id}");
        var unknown = await _client.GetAsync($"/api/registrations/rdoesnotexist?token=x");

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task FiftyConcurrentSubmitsForTheLastTenRoomNightsRegisterExactlyTen()
    {
        var night = _demo.Wednesday.ToString("yyyy-MM-dd");
        await _app.Get<Inventory>().SetCapacityAsync(DemoBaskets.EventId, "adagio-double-b2", night, 10, CancellationToken.None);
        await _app.Get<Inventory>().SetCapacityAsync(DemoBaskets.EventId, "adagio-double-b2", _demo.Wednesday.AddDays(1).ToString("yyyy-MM-dd"), 50, CancellationToken.None);

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
        {
            var email = $"rush{i}-{Guid.NewGuid():N}@example.org";
            return _client.PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations",
                _demo.Submit("k-" + email, "transfer", email, room: "adagio-double-b2"));
        }));

        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(40, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var stock = await StockAsync("adagio-double-b2", _demo.Wednesday);
        Assert.Equal((10, 0), (stock.Held, stock.Free));
        Assert.Equal(10, (await StockAsync("adagio-double-b2", _demo.Wednesday.AddDays(1))).Held);
    }

    [Fact]
    public async Task LastRoomGoesToOneAndTheOtherGetsA409WithNothingHeld()
    {
        await _app.Get<Inventory>().SetCapacityAsync(DemoBaskets.EventId, "musee-single", _demo.Wednesday.ToString("yyyy-MM-dd"), 1, CancellationToken.None);
        var first = $"first-{Guid.NewGuid():N}@example.org";
        var second = $"second-{Guid.NewGuid():N}@example.org";

        await SubmitAsync(_demo.Submit("k-" + first, "cheque", first, room: "musee-single"));
        var refused = await SubmitAsync(_demo.Submit("k-" + second, "cheque", second, room: "musee-single"), HttpStatusCode.Conflict);

        Assert.True(refused.GetProperty("errors").TryGetProperty("lines[1]", out _));
        Assert.Equal(1, (await StockAsync("musee-single", _demo.Wednesday)).Held);
        Assert.Equal(1, (await StockAsync("musee-single", _demo.Wednesday.AddDays(1))).Held);
        var evening = (await _app.Storage.Table(StockKeys.Table).GetEntityAsync<StockRow>(DemoBaskets.EventId,
            StockKeys.Stock("evening-mai-thu", StockKeys.Total))).Value;
        Assert.Equal(1, evening.Held);
    }

    [Fact]
    public async Task HoldExpiresAtItsDeadlineAndALatePaymentForAResoldRoomIsFlaggedForRefund()
    {
        var night = _demo.Wednesday.ToString("yyyy-MM-dd");
        await _app.Get<Inventory>().SetCapacityAsync(DemoBaskets.EventId, "musee-single", night, 1, CancellationToken.None);
        var late = $"late-{Guid.NewGuid():N}@example.org";
        var created = await SubmitAsync(_demo.Submit("k-" + late, "cheque", late, room: "musee-single"));
        var id = created.GetProperty("registrationId").GetString()!;
        var deadline = created.GetProperty("holdExpiresAt").GetDateTimeOffset();

        _clock.SetUtcNow(deadline - TimeSpan.FromTicks(1));
        await RunFlowAsync(id, FlowMessage.ExpireHold);
        Assert.Equal(1, (await StockAsync("musee-single", _demo.Wednesday)).Held);

        _clock.SetUtcNow(deadline);
        await RunFlowAsync(id, FlowMessage.ExpireHold);
        Assert.Equal(0, (await StockAsync("musee-single", _demo.Wednesday)).Held);
        Assert.Equal(RegistrationStatus.Expired, (await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!.Status);

        var buyer = $"buyer-{Guid.NewGuid():N}@example.org";
        await SubmitAsync(_demo.Submit("k-" + buyer, "cheque", buyer, room: "musee-single"));
        var finance = await _app.SignedInClientAsync(Roles.Finance);
        await finance.PostAsJsonAsync($"/api/admin/registrations/{id}/payments", new
        {
            amount = created.GetProperty("deposit").GetDecimal(), method = "cheque",
            receivedOn = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd"), reference = "CHQ 1234567",
        });

        var registration = (await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!;
        Assert.Equal(RegistrationStatus.Expired, registration.Status);
        Assert.Equal(registration.DepositCents, registration.RefundDueCents);
        var stock = await StockAsync("musee-single", _demo.Wednesday);
        Assert.Equal((1, 0, 0), (stock.Held, stock.Sold, stock.Free));
    }

    [Fact]
    public async Task StaffReadTheEmailsOfARegistrationOpenOneAndResendIt()
    {
        var email = $"resend-{Guid.NewGuid():N}@example.org";
        var id = (await SubmitAsync(_demo.Submit("key-" + email, "transfer", email))).GetProperty("registrationId").GetString()!;
        var staff = await _app.SignedInClientAsync(Roles.Admin);
        await staff.PostAsJsonAsync($"/api/admin/registrations/{id}/payments",
            new { amount = 400.00m, method = "transfer", reference = "VIR 1", receivedOn = _clock.GetUtcNow().ToString("yyyy-MM-dd") });
        await DrainFlowAsync();
        Assert.Single(await _mail.WaitForEmailsAsync(email, 1));

        var emails = (await staff.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}/emails")).EnumerateArray().ToList();
        var confirmation = Assert.Single(emails);
        Assert.Equal("confirmation", confirmation.GetProperty("purpose").GetString());
        Assert.Equal("Sent", confirmation.GetProperty("status").GetString());
        var emailId = confirmation.GetProperty("id").GetString()!;
        var content = await staff.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}/emails/{emailId}");
        Assert.Equal(email, content.GetProperty("to").GetString());
        Assert.Contains("inscription-", content.GetProperty("attachments")[0].GetString());
        // Sent: the outbox kept no body; staff read it rebuilt from the file, the attendee's link withheld.
        Assert.Equal("rebuilt", content.GetProperty("copy").GetString());
        Assert.Contains("Claire Martin", content.GetProperty("text").GetString());
        Assert.Contains(RegistrationMail.LinkWithheld, content.GetProperty("text").GetString());
        Assert.DoesNotContain("token=", content.GetProperty("text").GetString() + content.GetProperty("html").GetString());

        // Another registration's email is not reachable through this one.
        var other = (await SubmitAsync(_demo.Submit("key-other-" + email, "transfer", "other-" + email))).GetProperty("registrationId").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/admin/registrations/{other}/emails/{emailId}")).StatusCode);

        var resend = await staff.PostAsync($"/api/admin/registrations/{id}/emails/{emailId}/resend", null);
        Assert.Equal(HttpStatusCode.Accepted, resend.StatusCode);
        await DrainFlowAsync();
        var received = await _mail.WaitForEmailsAsync(email, 2);
        Assert.Equal(2, received.Count);
        // The copy is rebuilt with a fresh link that opens the registration, and keeps its attachment.
        var copy = received.Select(m => m.GetProperty("text").GetString()!).Last();
        var link = System.Text.RegularExpressions.Regex.Match(copy, @"registration=[^&\s]+&token=([^\s]+)").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/registrations/{id}?token={link}")).StatusCode);
        Assert.All(received, m => Assert.Single(m.GetProperty("attachments").EnumerateArray()));
        Assert.Equal(2, (await staff.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}/emails")).GetArrayLength());
        var history = await staff.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}/history");
        Assert.Equal("email-resent", history[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task AChequeReceivedTodayInTheEventsTimeZoneIsNotInTheFuture()
    {
        var email = $"late-{Guid.NewGuid():N}@example.org";
        var id = (await SubmitAsync(_demo.Submit("key-" + email, "cheque", email))).GetProperty("registrationId").GetString()!;
        var now = _clock.GetUtcNow();
        var evening = new DateTimeOffset(now.UtcDateTime.Date.AddHours(23).AddMinutes(30), TimeSpan.Zero);
        _clock.SetUtcNow(evening > now ? evening : evening.AddDays(1));
        // 23:30 UTC is already the next day in Saint-Étienne.
        var parisToday = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(1);
        var finance = await _app.SignedInClientAsync(Roles.Finance);

        var today = await finance.PostAsJsonAsync($"/api/admin/registrations/{id}/payments",
            new { amount = 10.00m, method = "cheque", reference = "CHQ TODAY", receivedOn = parisToday.ToString("yyyy-MM-dd") });
        var tomorrow = await finance.PostAsJsonAsync($"/api/admin/registrations/{id}/payments",
            new { amount = 10.00m, method = "cheque", reference = "CHQ TOMORROW", receivedOn = parisToday.AddDays(1).ToString("yyyy-MM-dd") });

        Assert.Equal(HttpStatusCode.Created, today.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tomorrow.StatusCode);
        Assert.True((await tomorrow.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("receivedOn", out _));
    }
}
