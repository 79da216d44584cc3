using Congress.Platform.Hosting;
using Congress.Platform.Storage;

namespace Congress.Payments;

/// <summary>Card payments through Stripe Checkout; cheque and transfer are recorded by staff in Registrations.</summary>
public static class PaymentsFeature
{
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddJsonMetadata(PaymentsJson.Default);
        services.Configure<StripeOptions>(configuration.GetSection(StripeOptions.Section));
        services.AddSingleton<StripeApi>().AddSingleton<StripeCheckout>()
            .AddSingleton<StripeEventLedger>().AddSingleton<StripeRefunds>().AddSingleton<StripeWebhookProcessor>();
        services.AddStorageTable(StripeEventLedger.Table);
        return services;
    }

    public static void MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        // Stripe signs its calls instead of signing in, and retries on its own schedule: no auth, no rate limit.
        var stripe = app.MapGroup("/api/payments/stripe").WithTags("Payments").AllowAnonymous();
        stripe.MapPost("/webhook", StripeWebhookEndpoint.HandleAsync);
    }
}
