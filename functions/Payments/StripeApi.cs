using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Congress.Payments;

/// <summary>The one Stripe client of the app, built on first use so that a deployment without card
/// payments still starts.</summary>
public sealed class StripeApi
{
    private readonly Lazy<IStripeClient> _client;

    public StripeApi(IOptions<StripeOptions> options) => _client = new Lazy<IStripeClient>(() => Create(options.Value));

    public SessionService Sessions => new(_client.Value);

    public RefundService Refunds => new(_client.Value);

    private static StripeClient Create(StripeOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SecretKey))
            throw new InvalidOperationException("Stripe:SecretKey is not set; card payments are unavailable.");
        var clientOptions = new StripeClientOptions { ApiKey = options.SecretKey };
        if (!string.IsNullOrWhiteSpace(options.ApiBase))
        {
            if (!Uri.TryCreate(options.ApiBase, UriKind.Absolute, out _))
                throw new InvalidOperationException("Stripe:ApiBase must be an absolute URL.");
            // Stripe.net appends "/v1/…" to the base as it is.
            clientOptions.ApiBase = options.ApiBase.TrimEnd('/');
        }
        return new StripeClient(clientOptions);
    }
}
