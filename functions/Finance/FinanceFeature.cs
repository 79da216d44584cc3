using Congress.Finance.Accounting;
using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Microsoft.Extensions.Options;

namespace Congress.Finance;

public static class FinanceFeature
{
    public static IServiceCollection AddFinance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddJsonMetadata(FinanceJson.Default);
        services.AddOptions<FinanceOptions>().Bind(configuration.GetSection(FinanceOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FinanceOptions>, FinanceOptionsValidation>();
        services.AddStorageTable(PayoutLineRow.Table).AddStorageTable(PayoutBatchRow.Table).AddStorageTable(BankDetailsRow.Table)
            .AddStorageContainer(PayoutFile.Container);
        services.AddSingleton<PayoutLedger>().AddSingleton<BankDetailsStore>().AddSingleton<PayoutPlanner>().AddSingleton<PayoutFile>()
            .AddSingleton<PayoutNotice>().AddSingleton<PayoutBatches>().AddSingleton<PayoutBatchChanges>().AddSingleton<FinanceReader>();
        services.AddTimerJob<PayoutScheduleJob>(PayoutScheduleJob.Name, PayoutScheduleJob.Schedule);
        services.AddAccounting(configuration);
        return services;
    }

    public static void MapFinance(this IEndpointRouteBuilder app)
    {
        app.MapFinanceApi();
        app.MapBankDetailsApi();
        app.MapPayoutsApi();
        app.MapAccountingApi();
    }
}
