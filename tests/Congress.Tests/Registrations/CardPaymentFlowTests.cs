using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Congress.Catalog;
using Congress.Platform.Triggers;
using Congress.Registrations;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Tests.Registrations;

/// <summary>Card payment through the whole flow: Checkout on the Stripe double, signed webhooks, the real recorder.</summary>
public sealed class CardPaymentFlowTests(CardPaymentFlowTests.CardApp fixture) : IClassFixture<CardPaymentFlowTests.CardApp>, IAsyncLifetime
{
    private readonly StripeDouble _stripe = fixture.Stripe;
    private readonly AppFactory _app = fixture.App;
    private readonly HttpClient _client = fixture.App.CreateClient();
    private DemoBaskets _demo = null!;
    private MailDev _mail = null!;

    /// <summary>The demo event paid through the Stripe double, its emails sent to MailDev.</summary>
    public sealed class CardApp() : SharedApp(withMail: true)
    {
        public StripeDouble Stripe { get; private set; } = null!;

        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(Stripe.Settings) { ["App:LoadDemoEvent"] = "true" };

        public override async Task InitializeAsync()
        {
            Stripe = await StripeDouble.StartAsync();
            await base.InitializeAsync();
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Stripe.DisposeAsync();
        }
    }

    public async Task InitializeAsync()
    {
        _demo = await DemoBaskets.ReadAsync(_client);
        _mail = await LocalServices.MailDevAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<StockRow> WednesdayRoomAsync() =>
        (await _app.Storage.Table(StockKeys.Table).GetEntityAsync<StockRow>(DemoBaskets.EventId,
            StockKeys.Stock("adagio-double-b1", _demo.Wednesday.ToString("yyyy-MM-dd")))).Value;

    private async Task<(string Id, string Token, string Session)> SubmitCardAsync(string email)
    {
        var response = await _client.PostAsJsonAsync($"/api/events/{DemoBaskets.EventId}/registrations", _demo.Submit("k-" + email, "card", email));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("registrationId").GetString()!;
        Assert.StartsWith(_stripe.BaseUrl.GetLeftPart(UriPartial.Authority), body.GetProperty("payment").GetProperty("checkoutUrl").GetString());
        var registration = (await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!;
        return (id, body.GetProperty("accessToken").GetString()!, registration.CheckoutSessionId!);
    }

    private Task<HttpResponseMessage> DeliverAsync(StripeDouble.SignedWebhook webhook)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook")
        {
            Content = new StringContent(webhook.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", webhook.Signature);
        return _client.SendAsync(request);
    }

    private async Task DrainAsync()
    {
        var host = _app.Get<LocalTriggerHost>();
        var catalogue = _app.Get<TriggerCatalogue>();
        for (var i = 0; i < 3; i++)
        {
            await host.PollOnceAsync(catalogue.FindQueue(RegistrationsFeature.FlowFunction)!, CancellationToken.None);
            await host.PollOnceAsync(catalogue.FindQueue(Congress.Messaging.MessagingFeature.SendFunction)!, CancellationToken.None);
        }
    }

    [Fact]
    public async Task PaidCheckoutDeliveredTwiceInParallelAndRacingTheRedirectConfirmsOnce()
    {
        var email = $"card-{Guid.NewGuid():N}@example.org";
        var roomBefore = await WednesdayRoomAsync(); // the class's other tests hold rooms too
        var (id, token, session) = await SubmitCardAsync(email);
        _stripe.Pay(session);
        var completed = _stripe.SignedEvent("checkout.session.completed", _stripe.Session(session), StripeDouble.WebhookSecret);

        // Two deliveries of the same event and the attendee's browser back from Checkout, all at once.
        var redirect = _client.GetAsync($"/api/registrations/{id}?token={Uri.EscapeDataString(token)}");
        var deliveries = await Task.WhenAll(DeliverAsync(completed), DeliverAsync(completed));
        Assert.Equal(HttpStatusCode.OK, (await redirect).StatusCode);
        Assert.Contains(deliveries, d => d.StatusCode == HttpStatusCode.OK);
        // Stripe redelivers the one that was told to wait; it is then a duplicate.
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(completed)).StatusCode);
        await DrainAsync();
        await DrainAsync();

        var view = await _client.GetFromJsonAsync<JsonElement>($"/api/registrations/{id}?token={Uri.EscapeDataString(token)}");
        Assert.Equal("Confirmed", view.GetProperty("status").GetString());
        Assert.Equal(view.GetProperty("deposit").GetDecimal(), view.GetProperty("paid").GetDecimal());
        Assert.Single(view.GetProperty("payments").EnumerateArray());
        Assert.Single(await _mail.WaitForEmailsAsync(email, 1));
        var blobs = _app.Storage.Container(RegistrationSummaries.Container).GetBlobs(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"registrations/{id}/", CancellationToken.None).ToList();
        Assert.Single(blobs);
        var row = await WednesdayRoomAsync();
        Assert.Equal((roomBefore.Held, roomBefore.Sold + 1), (row.Held, row.Sold));
    }

    [Fact]
    public async Task ExpiryArrivingAfterThePaymentChangesNothing()
    {
        var email = $"order-{Guid.NewGuid():N}@example.org";
        var (id, _, session) = await SubmitCardAsync(email);
        _stripe.Pay(session);
        var completed = _stripe.SignedEvent("checkout.session.completed", _stripe.Session(session), StripeDouble.WebhookSecret);
        var expired = _stripe.SignedEvent("checkout.session.expired", _stripe.Session(session), StripeDouble.WebhookSecret);

        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(completed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(expired)).StatusCode);
        await DrainAsync();

        Assert.Equal(RegistrationStatus.Confirmed, (await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task BadSignatureChangesNothing()
    {
        var email = $"forged-{Guid.NewGuid():N}@example.org";
        var (id, _, session) = await SubmitCardAsync(email);
        _stripe.Pay(session);
        var forged = _stripe.SignedEvent("checkout.session.completed", _stripe.Session(session), "whsec_not_the_secret");

        Assert.Equal(HttpStatusCode.BadRequest, (await DeliverAsync(forged)).StatusCode);

        Assert.Equal(RegistrationStatus.AwaitingPayment, (await _app.Get<RegistrationStore>().FindAsync(id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task StaffRefundACardPaymentThroughStripeOnceAndNeverMoreThanWasPaid()
    {
        var email = $"refund-{Guid.NewGuid():N}@example.org";
        var (id, _, session) = await SubmitCardAsync(email);
        var intent = _stripe.Pay(session);
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(_stripe.SignedEvent("checkout.session.completed", _stripe.Session(session),
            StripeDouble.WebhookSecret))).StatusCode);
        var finance = await _app.SignedInClientAsync(Congress.Platform.Auth.Roles.Finance);
        var file = await finance.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}");
        var payment = file.GetProperty("payments").EnumerateArray().Single();
        var paid = payment.GetProperty("amount").GetDecimal();
        Assert.Equal(paid, payment.GetProperty("refundable").GetDecimal());

        var request = new { requestId = Guid.NewGuid().ToString(), amount = 40.00m, method = "card", paymentId = payment.GetProperty("id").GetString() };
        var first = await finance.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds", request);
        var retry = await finance.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds", request);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(4000, _stripe.Refunded(intent));
        var after = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(paid - 40.00m, after.GetProperty("paid").GetDecimal());
        Assert.Equal(paid - 40.00m, after.GetProperty("payments").EnumerateArray()
            .Single(p => p.GetProperty("method").GetString() == "card").GetProperty("refundable").GetDecimal());
        Assert.All(_stripe.RefundCalls, call => Assert.StartsWith("refund-", call.IdempotencyKey));

        var tooMuch = await finance.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds",
            request with { requestId = Guid.NewGuid().ToString(), amount = paid - 40.00m + 0.01m });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.True((await tooMuch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("amount", out _));
        Assert.Equal(4000, _stripe.Refunded(intent));
        var history = await finance.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}/history");
        Assert.Single(history.EnumerateArray(), h => h.GetProperty("action").GetString() == "refund-recorded");
    }

    [Fact]
    public async Task ACardRefundCannotAddToAManualOneBeyondWhatWasPaidAndAPendingCardPaymentKeepsItsDeposit()
    {
        var email = $"refund2-{Guid.NewGuid():N}@example.org";
        var (id, _, session) = await SubmitCardAsync(email);
        var staff = await _app.SignedInClientAsync(Congress.Platform.Auth.Roles.Admin);

        // Awaiting the card payment: a change of the deposit would leave the attendee's page asking the old one.
        var opened = await staff.GetAsync($"/api/admin/registrations/{id}");
        var file = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/admin/registrations/{id}")
        {
            Content = JsonContent.Create(new
            {
                accessCode = (string?)null, participants = file.GetProperty("participants"),
                lines = file.GetProperty("lines").EnumerateArray().Cast<object>().Append(new { productId = "lunch-thu", persons = new[] { "p0" } }).ToArray(),
            }),
        };
        edit.Headers.IfMatch.Add(opened.Headers.ETag!);
        var refused = await staff.SendAsync(edit);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.EndsWith("/awaiting-card-payment", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());

        var intent = _stripe.Pay(session);
        await DeliverAsync(_stripe.SignedEvent("checkout.session.completed", _stripe.Session(session), StripeDouble.WebhookSecret));
        file = await staff.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}");
        var payment = file.GetProperty("payments").EnumerateArray().Single();
        var paid = payment.GetProperty("amount").GetDecimal();
        var manual = await staff.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds",
            new { requestId = Guid.NewGuid().ToString(), amount = paid, method = "transfer", reference = "VIR RETOUR" });
        Assert.Equal(HttpStatusCode.Created, manual.StatusCode);

        var card = await staff.PostAsJsonAsync($"/api/admin/registrations/{id}/refunds",
            new { requestId = Guid.NewGuid().ToString(), amount = 1.00m, method = "card", paymentId = payment.GetProperty("id").GetString() });

        Assert.Equal(HttpStatusCode.BadRequest, card.StatusCode);
        Assert.Equal(0, _stripe.Refunded(intent));
        Assert.Equal(0m, (await staff.GetFromJsonAsync<JsonElement>($"/api/admin/registrations/{id}")).GetProperty("paid").GetDecimal());
    }
}
