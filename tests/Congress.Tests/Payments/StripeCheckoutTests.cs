using Congress.Payments;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Stripe;

namespace Congress.Tests.Payments;

public sealed class StripeCheckoutTests(StripeApp fixture) : IClassFixture<StripeApp>
{
    private readonly FakeTimeProvider _clock = fixture.Clock;
    private readonly StripeDouble _stripe = fixture.Stripe;
    private readonly AppFactory _app = fixture.App;

    private static string NewRegistrationId() => "reg-" + Guid.NewGuid().ToString("N")[..12];

    private CheckoutRequest Request(string registrationId, decimal amount = 476.70m, TimeSpan? hold = null) => new(
        registrationId, amount, "Séminaire Cluster Tourisme en Ville — inscription", "claire@example.org",
        _clock.GetUtcNow() + (hold ?? TimeSpan.FromHours(2)), "https://congres.example/merci", "https://congres.example/panier");

    private Task<CheckoutSession> CreateAsync(CheckoutRequest request) =>
        _app.Get<StripeCheckout>().CreateAsync(request, CancellationToken.None);

    private IReadOnlyList<StripeDouble.CreateCall> CallsFor(string registrationId) =>
        _stripe.Creates.Where(c => c.Form.GetValueOrDefault("client_reference_id") == registrationId).ToList();

    private long SentExpiry(string registrationId) => long.Parse(CallsFor(registrationId).Last().Form["expires_at"]);

    [Fact]
    public async Task CheckoutAsksStripeForTheAmountInEuroCentsWithTheRegistrationAttached()
    {
        var registrationId = NewRegistrationId();

        var session = await CreateAsync(Request(registrationId, 476.70m));

        var call = Assert.Single(CallsFor(registrationId));
        Assert.Equal("Bearer " + StripeDouble.SecretKey, call.Authorization);
        Assert.Equal("checkout-" + registrationId, call.IdempotencyKey);
        Assert.Equal("payment", call.Form["mode"]);
        Assert.Equal("47670", call.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("eur", call.Form["line_items[0][price_data][currency]"]);
        Assert.Equal("1", call.Form["line_items[0][quantity]"]);
        Assert.Equal("Séminaire Cluster Tourisme en Ville — inscription", call.Form["line_items[0][price_data][product_data][name]"]);
        Assert.Equal(registrationId, call.Form["metadata[registrationId]"]);
        Assert.Equal(registrationId, call.Form["payment_intent_data[metadata][registrationId]"]);
        Assert.Equal("claire@example.org", call.Form["customer_email"]);
        Assert.Equal("https://congres.example/merci", call.Form["success_url"]);
        var stored = _stripe.Session(session.Id);
        Assert.Equal((string?)stored["url"], session.Url);
        Assert.Equal(47670, (long)stored["amount_total"]!);
        Assert.Equal(_clock.GetUtcNow().AddHours(2), session.ExpiresAt);
    }

    [Theory]
    [InlineData("476.70", 47670)]
    [InlineData("105.75", 10575)]
    [InlineData("25.205", 2521)]
    [InlineData("10.004", 1000)]
    [InlineData("0.005", 1)]
    [InlineData("999999.99", 99999999)]
    public async Task AmountBecomesCentsRoundedHalfAwayFromZero(string euros, long cents)
    {
        var registrationId = NewRegistrationId();

        await CreateAsync(Request(registrationId, decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(cents.ToString(), Assert.Single(CallsFor(registrationId)).Form["line_items[0][price_data][unit_amount]"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-60")]
    [InlineData("0.004")]
    [InlineData("1000000")]
    public async Task AmountStripeCannotTakeIsRefusedBeforeCallingStripe(string euros)
    {
        var registrationId = NewRegistrationId();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            CreateAsync(Request(registrationId, decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Empty(CallsFor(registrationId));
    }

    [Fact]
    public async Task HoldWithinStripesBoundsIsTheSessionsExpiry()
    {
        var registrationId = NewRegistrationId();

        var session = await CreateAsync(Request(registrationId, hold: TimeSpan.FromHours(5)));

        Assert.Equal(_clock.GetUtcNow().AddHours(5).ToUnixTimeSeconds(), SentExpiry(registrationId));
        Assert.Equal(_clock.GetUtcNow().AddHours(5), session.ExpiresAt);
    }

    [Theory]
    // Stripe's floor is 30 minutes; we keep one minute of margin and move by quarter hours past the hold.
    [InlineData(31 * 60, 31 * 60)]
    [InlineData(31 * 60 - 1, 46 * 60 - 1)]
    [InlineData(30 * 60, 45 * 60)]
    [InlineData(10 * 60, 40 * 60)]
    public async Task HoldShorterThanStripesMinimumGetsASessionThatOutlivesIt(int holdSeconds, int expectedSeconds)
    {
        var registrationId = NewRegistrationId();

        await CreateAsync(Request(registrationId, hold: TimeSpan.FromSeconds(holdSeconds)));

        var sent = SentExpiry(registrationId) - _clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(expectedSeconds, sent);
        Assert.InRange(sent, 30 * 60, 24 * 3600);
    }

    [Theory]
    // Stripe's ceiling is 24 hours; one minute of margin, then quarter hours back from the hold's end.
    [InlineData(24 * 3600 - 60, 24 * 3600 - 60)]
    [InlineData(24 * 3600 - 59, 24 * 3600 - 59 - 15 * 60)]
    [InlineData(3 * 24 * 3600, 3 * 24 * 3600 - 193 * 15 * 60)]
    public async Task HoldLongerThanStripesMaximumIsCutBelowADay(int holdSeconds, int expectedSeconds)
    {
        var registrationId = NewRegistrationId();

        await CreateAsync(Request(registrationId, hold: TimeSpan.FromSeconds(holdSeconds)));

        var sent = SentExpiry(registrationId) - _clock.GetUtcNow().ToUnixTimeSeconds();
        Assert.Equal(expectedSeconds, sent);
        Assert.InRange(sent, 30 * 60, 24 * 3600);
    }

    [Fact]
    public async Task SameRegistrationTwiceGetsTheSameSession()
    {
        var registrationId = NewRegistrationId();
        var sessionsBefore = _stripe.SessionCount;

        var first = await CreateAsync(Request(registrationId));
        var second = await CreateAsync(Request(registrationId));
        var other = await CreateAsync(Request(NewRegistrationId()));

        Assert.Equal(first, second);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(sessionsBefore + 2, _stripe.SessionCount);
        Assert.All(CallsFor(registrationId), c => Assert.Equal("checkout-" + registrationId, c.IdempotencyKey));
    }

    [Fact]
    public async Task RetryMinutesLaterForAShortHoldStillGetsTheSameSession()
    {
        // The demo event holds for 30 minutes, under Stripe's minimum: the expiry is computed from
        // the clock, and Stripe refuses a reused idempotency key whose parameters changed.
        var registrationId = NewRegistrationId();
        var request = Request(registrationId, hold: TimeSpan.FromMinutes(30));
        var first = await CreateAsync(request);

        _clock.Advance(TimeSpan.FromMinutes(7));
        var retried = await CreateAsync(request);

        Assert.Equal(first.Id, retried.Id);
        Assert.Equal(2, CallsFor(registrationId).Count);
    }

    [Fact]
    public async Task SameKeyWithDifferentParametersIsRefusedByStripe()
    {
        // What the retry test guards against, shown on the double: Stripe's rule is enforced.
        var registrationId = NewRegistrationId();
        await CreateAsync(Request(registrationId, 476.70m));

        var error = await Assert.ThrowsAsync<StripeException>(() => CreateAsync(Request(registrationId, 120.00m)));

        Assert.Equal("idempotency_error", error.StripeError.Type);
    }
}
