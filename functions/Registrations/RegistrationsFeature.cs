using Congress.Payments;
using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;

namespace Congress.Registrations;

public static class RegistrationsFeature
{
    public const string FlowFunction = "RegistrationFlow";
    public const string HoldSweepFunction = "HoldSweep";

    public static IServiceCollection AddRegistrations(this IServiceCollection services)
    {
        services.AddJsonMetadata(RegistrationsJson.Default);
        services.AddOptions<RegistrationOptions>().BindConfiguration(RegistrationOptions.Section);
        services.AddStorageTable(RegistrationEntity.Table).AddStorageTable(PaymentRow.Table).AddStorageTable(RegistrationNumbers.Table)
            .AddStorageTable(RegistrationIndex.Table).AddStorageTable(RegistrationDigest.Table)
            .AddStorageContainer(RegistrationSummaries.Container);
        services.AddSingleton<RegistrationStore>().AddSingleton<RegistrationDigests>().AddSingleton<RegistrationIndex>().AddSingleton<RegistrationFlow>().AddSingleton<RegistrationTokens>()
            .AddSingleton<RegistrationNumbers>().AddSingleton<PaymentStarter>().AddSingleton<RegistrationPayments>()
            .AddSingleton<RegistrationSummaries>().AddSingleton<RegistrationMail>()
            .AddSingleton<IPaymentRecorder>(p => p.GetRequiredService<RegistrationPayments>());
        services.AddQueueHandler<RegistrationFlowHandler>(FlowFunction, FlowMessage.Queue);
        services.AddTimerJob<HoldSweepJob>(HoldSweepFunction, HoldSweepJob.Schedule);
        return services;
    }
}
