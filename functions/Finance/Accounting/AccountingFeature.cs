namespace Congress.Finance.Accounting;

public static class AccountingFeature
{
    public static IServiceCollection AddAccounting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountingOptions>(configuration.GetSection(AccountingOptions.Section));
        return services.AddSingleton<AccountingReader>().AddSingleton<AccountingExport>();
    }
}
