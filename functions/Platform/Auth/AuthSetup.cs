using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Congress.Platform.Auth;

public static class AuthSetup
{
    public const string StaffCookie = "congress.staff";
    public const string AttendeeCookie = "congress.attendee";
    /// <summary>The attendee space's own cookie scheme: staff policies never accept it.</summary>
    public const string AttendeeScheme = "Attendee";
    public const string ProviderCookie = "congress.provider";
    /// <summary>The provider space's own cookie scheme, opened only by a magic link: staff and attendee policies never accept it.</summary>
    public const string ProviderScheme = "Provider";
    public const string KeysContainer = "keys";

    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services)
    {
        // The key ring lives in blob storage so that every instance can read every cookie.
        services.AddDataProtection().SetApplicationName("congress");
        services.AddSingleton<BlobXmlRepository>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = provider.GetRequiredService<BlobXmlRepository>()));
        services.AddStorageContainer(KeysContainer);
        services.AddStartupTask<KeyRingLoad>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(AttendeeScheme, options => ConfigureCookie(options, AttendeeCookie, TimeSpan.FromHours(2)))
            .AddCookie(ProviderScheme, options => ConfigureCookie(options, ProviderCookie, TimeSpan.FromHours(8)))
            .AddCookie(options => ConfigureCookie(options, StaffCookie, TimeSpan.FromHours(10)));

        // In Azure the host calls us over plain HTTP on loopback; the browser is on HTTPS.
        foreach (var scheme in new[] { CookieAuthenticationDefaults.AuthenticationScheme, AttendeeScheme, ProviderScheme })
            services.AddOptions<CookieAuthenticationOptions>(scheme)
                .Configure<Hosting.AppMode>((options, mode) =>
                {
                    if (mode.Hosted) options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                });

        // Deny by default: a route that says nothing about who may call it needs a signed-in staff member;
        // public routes say AllowAnonymous. An address that matches no route goes on to its 404.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true
                                             || context.Resource is HttpContext { } http && http.GetEndpoint() is null)
                .Build())
            .AddPolicy(Policies.AnyStaff, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.AdminOnly, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Operations, p => p.RequireRole(Roles.Admin, Roles.OperationsManager, Roles.Staff))
            .AddPolicy(Policies.FinanceTeam, p => p.RequireRole(Roles.Admin, Roles.Finance))
            .AddPolicy(Policies.Attendee, p => p.AddAuthenticationSchemes(AttendeeScheme).RequireRole(Policies.Attendee));
        // Policies.Provider is added by the provider space (AddProviderSpace), which owns its claim.
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options, string name, TimeSpan lifetime)
    {
        options.Cookie.Name = name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = lifetime;
        options.SlidingExpiration = true;
        // An API answers 401/403; it never redirects to a login page.
        options.Events.OnRedirectToLogin = context => SetStatus(context.Response, 401);
        options.Events.OnRedirectToAccessDenied = context => SetStatus(context.Response, 403);
    }

    private static Task SetStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
