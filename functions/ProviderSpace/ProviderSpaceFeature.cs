using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Congress.RoomBlocks;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Congress.ProviderSpace;

public static class ProviderSpaceFeature
{
    public const string LinkRequestFunction = "ProviderLinkRequest";

    public static IServiceCollection AddProviderSpace(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddJsonMetadata(ProviderSpaceJson.Default);
        services.Configure<ProviderLinkOptions>(configuration.GetSection(ProviderLinkOptions.Section));
        services.AddStorageTable(ProviderLinks.Table);
        services.AddSingleton<ProviderLinks>().AddSingleton<ProviderLinkMail>().AddSingleton<AddressRateLimit>();
        services.AddSingleton<IProviderAnswerLinks>(p => p.GetRequiredService<ProviderLinkMail>());
        services.AddQueueHandler<LinkRequestHandler>(LinkRequestFunction, LinkRequestMessage.Queue);
        services.AddOptions<CookieAuthenticationOptions>(AuthSetup.ProviderScheme)
            .Configure(options => options.Events.OnValidatePrincipal = ProviderSession.ValidateAsync);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Provider, p => p.AddAuthenticationSchemes(AuthSetup.ProviderScheme).RequireRole(Policies.Provider)
                .RequireClaim(ProviderSession.ProviderIdClaim));
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(ProviderApi.LinkRequestsPolicy, context =>
            RateLimits.PerClient(context, context.RequestServices.GetRequiredService<IOptions<ProviderLinkOptions>>().Value.RequestsPerMinute)));
        return services;
    }
}
