using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Tests.Infrastructure;

/// <summary>
/// The part of Stripe's API that the app calls, on a loopback port: Checkout Sessions created
/// (form-encoded, Idempotency-Key honoured as Stripe does) and read back, kept in memory. Tests move
/// a session on (<see cref="Pay"/>, <see cref="CompleteUnpaid"/>, <see cref="Expire"/>) and build
/// webhook deliveries signed as Stripe signs them (<see cref="SignedEvent"/>).
/// </summary>
public sealed class StripeDouble : IAsyncDisposable
{
    public const string SecretKey = "sk_test_double_51CongressKey";
    public const string WebhookSecret = "whsec_double_congress_signing_secret";
    /// <summary>The version Stripe.net 53.1.0 is pinned to; it refuses events of another release.</summary>
    public const string ApiVersion = "2026-10-28.endive";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, JsonObject> _sessions = new();
    private readonly ConcurrentDictionary<string, (string Fingerprint, string Response)> _idempotent = new();
    private readonly ConcurrentQueue<CreateCall> _creates = new();
    private readonly ConcurrentDictionary<string, long> _refunded = new();
    private readonly ConcurrentQueue<CreateCall> _refunds = new();
    private readonly Lock _gate = new();

    /// <summary>One POST /v1/checkout/sessions as received: its form fields and headers.</summary>
    public sealed record CreateCall(IReadOnlyDictionary<string, string> Form, string? IdempotencyKey, string? Authorization);

    /// <summary>A webhook delivery: the body, its Stripe-Signature header, and the event id inside.</summary>
    public sealed record SignedWebhook(string Payload, string Signature, string EventId);

    private StripeDouble(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyCollection<CreateCall> Creates => _creates.ToArray();

    public int SessionCount => _sessions.Count;

    /// <summary>Every POST /v1/refunds received (retries with the same Idempotency-Key included).</summary>
    public IReadOnlyCollection<CreateCall> RefundCalls => _refunds.ToArray();

    /// <summary>How much of a PaymentIntent was refunded, in cents.</summary>
    public long Refunded(string paymentIntent) => _refunded.GetValueOrDefault(paymentIntent);

    /// <summary>The app settings that point the app at this double.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Stripe:SecretKey"] = SecretKey,
        ["Stripe:WebhookSecret"] = WebhookSecret,
        ["Stripe:ApiBase"] = BaseUrl.ToString().TrimEnd('/'),
    };

    public static async Task<StripeDouble> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stripe = new StripeDouble(app, time ?? TimeProvider.System);
        app.MapPost("/v1/checkout/sessions", stripe.CreateAsync);
        app.MapGet("/v1/checkout/sessions/{id}", stripe.Retrieve);
        app.MapPost("/v1/refunds", stripe.RefundAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        stripe.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return stripe;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>A copy of the session as the API would return it now.</summary>
    public JsonObject Session(string id)
    {
        lock (_gate) return (JsonObject)_sessions[id].DeepClone();
    }

    /// <summary>The attendee paid: the session is complete and paid through a new PaymentIntent.</summary>
    public string Pay(string id)
    {
        var paymentIntent = "pi_" + RandomId();
        Change(id, s =>
        {
            s["status"] = "complete";
            s["payment_status"] = "paid";
            s["payment_intent"] = paymentIntent;
        });
        return paymentIntent;
    }

    /// <summary>Checkout finished with a delayed method (SEPA debit…): complete, but not paid yet.</summary>
    public void CompleteUnpaid(string id) => Change(id, s =>
    {
        s["status"] = "complete";
        s["payment_status"] = "unpaid";
        s["payment_intent"] = "pi_" + RandomId();
    });

    public void Expire(string id) => Change(id, s =>
    {
        s["status"] = "expired";
        s["url"] = null;
    });

    /// <summary>
    /// An event as Stripe would POST it: <paramref name="session"/> is the data.object as given
    /// (tests may tamper with it), signed with <paramref name="secret"/> at <paramref name="timestamp"/>
    /// (now by default). The same <paramref name="eventId"/> again is a redelivery.
    /// </summary>
    public SignedWebhook SignedEvent(string type, JsonObject session, string secret, DateTimeOffset? timestamp = null,
        string? eventId = null, string apiVersion = ApiVersion)
    {
        var at = timestamp ?? _time.GetUtcNow();
        var id = eventId ?? "evt_" + RandomId();
        var stripeEvent = new JsonObject
        {
            ["id"] = id,
            ["object"] = "event",
            ["api_version"] = apiVersion,
            ["created"] = at.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
            ["data"] = new JsonObject { ["object"] = session.DeepClone() },
        };
        var payload = stripeEvent.ToJsonString();
        return new SignedWebhook(payload, SignatureHeader(payload, secret, at), id);
    }

    /// <summary>Stripe's scheme: t=unix seconds, v1=hex(HMAC-SHA256(secret, "{t}.{payload}")).</summary>
    public static string SignatureHeader(string payload, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    private async Task<IResult> CreateAsync(HttpRequest request)
    {
        if (Unauthorized(request) is { } refused) return refused;
        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var key = request.Headers["Idempotency-Key"].FirstOrDefault();
        _creates.Enqueue(new CreateCall(form, key, request.Headers.Authorization.FirstOrDefault()));
        var fingerprint = string.Join("&", form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        lock (_gate)
        {
            if (key is not null && _idempotent.TryGetValue(key, out var earlier))
            {
                return earlier.Fingerprint == fingerprint
                    ? Json(earlier.Response)
                    : Error(400, "idempotency_error",
                        $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request.");
            }
            if (Missing(form, "mode", "line_items[0][price_data][currency]", "line_items[0][price_data][unit_amount]",
                    "line_items[0][quantity]", "success_url") is { } missing)
                return Error(400, "invalid_request_error", $"Missing required param: {missing}.");
            var session = NewSession(form);
            _sessions[(string)session["id"]!] = session;
            var response = session.ToJsonString();
            if (key is not null) _idempotent[key] = (fingerprint, response);
            return Json(response);
        }
    }

    /// <summary>A refund of a paid PaymentIntent: never more than what is left of it; a key already used gives the same refund.</summary>
    private async Task<IResult> RefundAsync(HttpRequest request)
    {
        if (Unauthorized(request) is { } refused) return refused;
        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var key = request.Headers["Idempotency-Key"].FirstOrDefault();
        _refunds.Enqueue(new CreateCall(form, key, request.Headers.Authorization.FirstOrDefault()));
        var fingerprint = "refund:" + string.Join("&", form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        lock (_gate)
        {
            if (key is not null && _idempotent.TryGetValue(key, out var earlier))
                return earlier.Fingerprint == fingerprint ? Json(earlier.Response)
                    : Error(400, "idempotency_error", "Keys for idempotent requests can only be used with the same parameters.");
            if (Missing(form, "payment_intent") is { } missing)
                return Error(400, "invalid_request_error", $"Missing required param: {missing}.");
            var intent = form["payment_intent"];
            var paid = _sessions.Values.Where(s => (string?)s["payment_intent"] == intent && (string?)s["payment_status"] == "paid")
                .Select(s => (long)s["amount_total"]!).FirstOrDefault();
            if (paid == 0) return Error(404, "invalid_request_error", $"No such payment_intent: '{intent}'", "resource_missing");
            var left = paid - _refunded.GetValueOrDefault(intent);
            var amount = form.TryGetValue("amount", out var asked) ? long.Parse(asked, System.Globalization.CultureInfo.InvariantCulture) : left;
            if (amount <= 0 || amount > left)
                return Error(400, "invalid_request_error",
                    $"Refund amount ({amount}) is greater than unrefunded amount on charge ({left})", "amount_too_large");
            _refunded[intent] = _refunded.GetValueOrDefault(intent) + amount;
            var response = new JsonObject
            {
                ["id"] = "re_" + RandomId(), ["object"] = "refund", ["amount"] = amount, ["currency"] = "eur",
                ["payment_intent"] = intent, ["status"] = "succeeded", ["created"] = _time.GetUtcNow().ToUnixTimeSeconds(),
            }.ToJsonString();
            if (key is not null) _idempotent[key] = (fingerprint, response);
            return Json(response);
        }
    }

    private IResult Retrieve(string id, HttpRequest request)
    {
        if (Unauthorized(request) is { } refused) return refused;
        lock (_gate)
        {
            return _sessions.TryGetValue(id, out var session)
                ? Json(session.ToJsonString())
                : Error(404, "invalid_request_error", $"No such checkout.session: '{id}'", "resource_missing");
        }
    }

    private JsonObject NewSession(Dictionary<string, string> form)
    {
        var id = "cs_test_" + RandomId();
        var quantity = long.Parse(form["line_items[0][quantity]"], System.Globalization.CultureInfo.InvariantCulture);
        var unitAmount = long.Parse(form["line_items[0][price_data][unit_amount]"], System.Globalization.CultureInfo.InvariantCulture);
        var metadata = new JsonObject();
        foreach (var (name, value) in form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal)))
            metadata[name["metadata[".Length..^1]] = value;
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "checkout.session",
            ["amount_subtotal"] = unitAmount * quantity,
            ["amount_total"] = unitAmount * quantity,
            ["cancel_url"] = form.GetValueOrDefault("cancel_url"),
            ["client_reference_id"] = form.GetValueOrDefault("client_reference_id"),
            ["created"] = now,
            ["currency"] = form["line_items[0][price_data][currency]"],
            ["customer_email"] = form.GetValueOrDefault("customer_email"),
            ["expires_at"] = form.TryGetValue("expires_at", out var expires)
                ? long.Parse(expires, System.Globalization.CultureInfo.InvariantCulture)
                : now + 24 * 3600,
            ["livemode"] = false,
            ["metadata"] = metadata,
            ["mode"] = form["mode"],
            ["payment_intent"] = null,
            ["payment_status"] = "unpaid",
            ["status"] = "open",
            ["success_url"] = form["success_url"],
            ["url"] = new Uri(BaseUrl, "c/pay/" + id).ToString(),
        };
    }

    private void Change(string id, Action<JsonObject> change)
    {
        lock (_gate) change(_sessions[id]);
    }

    private static IResult? Unauthorized(HttpRequest request) =>
        request.Headers.Authorization.FirstOrDefault() == "Bearer " + SecretKey
            ? null
            : Error(401, "invalid_request_error", "Invalid API Key provided.");

    private static string? Missing(Dictionary<string, string> form, params string[] names) =>
        names.FirstOrDefault(name => !form.ContainsKey(name));

    private static IResult Json(string body) => Results.Content(body, "application/json", Encoding.UTF8);

    private static IResult Error(int status, string type, string message, string? code = null) => Results.Content(
        JsonSerializer.Serialize(new { error = new { type, message, code } }), "application/json", Encoding.UTF8, status);

    private static string RandomId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
