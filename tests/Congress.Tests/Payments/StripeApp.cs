using Congress.Payments;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Congress.Tests.Payments;

/// <summary>
/// The app and the Stripe double under one fake clock, with a recording payment recorder in place of
/// the registration flow's: shared by the tests of a class, each with its own registration id.
/// </summary>
public sealed class StripeApp : SharedApp
{
    // Whole seconds: Stripe counts expiry and signature times in Unix seconds.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    public RecordingPaymentRecorder Recorder { get; } = new();
    public StripeDouble Stripe { get; private set; } = null!;

    protected override IDictionary<string, string?> Settings => Stripe.Settings;

    protected override void ConfigureServices(IServiceCollection services) => services
        .AddSingleton<TimeProvider>(Clock)
        .AddSingleton<IPaymentRecorder>(Recorder);

    public override async Task InitializeAsync()
    {
        Stripe = await StripeDouble.StartAsync(Clock);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}
