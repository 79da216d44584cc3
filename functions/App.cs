using System.Text.Json.Serialization;
using Congress.AttendeeSpace;
using Congress.Catalog;
using Congress.Contacts;
using Congress.Events;
using Congress.Finance;
using Congress.FollowUp;
using Congress.RoomBlocks;
using Congress.Health;
using Congress.Messaging;
using Congress.Payments;
using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Packaging;
using Congress.Platform.Pdf;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Congress.Platform.Triggers;
using Congress.ProviderSpace;
using Congress.Registrations;
using Congress.Staff;
using Microsoft.Extensions.Options;

namespace Congress;

/// <summary>The composition root: platform services, then every feature, then the pipeline.</summary>
public static class App
{
    public static WebApplication Build(string[] args)
    {
        // Settings never change under a running instance (Azure restarts it when they do), so nothing
        // watches appsettings files: setting up the watcher cost about a tenth of a cold start.
        var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
        // Read before Build for the listening address only; everything else reads the final
        // configuration, which includes what tests add at Build time.
        var early = AppMode.Detect(builder.Configuration);
        if (!early.Hosted) builder.Configuration.AddLocalSettings();
        ConfigureLogging(builder, early);
        builder.WebHost.UseUrls(early.Hosted
            ? $"http://127.0.0.1:{early.CustomHandlerPort}"
            : builder.Configuration[$"{AppOptions.Section}:{nameof(AppOptions.ListenUrl)}"] ?? new AppOptions().ListenUrl);
        AddPlatform(builder.Services, builder.Configuration);
        builder.Services.AddHealth().AddStaff(builder.Configuration).AddMessaging(builder.Configuration).AddEvents().AddCatalog();
        builder.Services.AddPayments(builder.Configuration).AddRegistrations().AddFollowUp().AddRoomBlocks().AddAttendeeSpace().AddContacts()
            .AddProviderSpace(builder.Configuration).AddFinance(builder.Configuration);
        KeyRingLoad.InsteadOfTheFrameworkLoader(builder.Services);

        var app = builder.Build();
        var mode = app.Services.GetRequiredService<AppMode>();
        var options = app.Services.GetRequiredService<IOptions<AppOptions>>().Value;
        app.UseRequestLog();
        app.UseProblems();
        app.UseSecurityHeaders();
        if (!mode.Hosted) app.UseStaticSite(options);
        app.UseStartupWork();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        var api = app.MapApi();
        api.MapOpenApi("/api/openapi.json").AllowAnonymous();
        api.MapHealthApi();
        api.MapStaffApi();
        api.MapMessagingApi();
        api.MapEventsApi();
        api.MapPaymentsApi();
        api.MapRegistrationsApi();
        api.MapFormPreviewApi();
        api.MapFollowUpApi();
        api.MapRoomBlocksApi();
        api.MapRoomingListApi();
        api.MapProviderAnswersApi();
        api.MapProviderSpaceApi();
        api.MapAttendeeApi();
        api.MapCatalogApi();
        api.MapProviderApi();
        api.MapFinance();
        if (mode.Hosted) app.MapCustomHandlerFunctions(app.Services.GetRequiredService<TriggerCatalogue>());
        return app;
    }

    /// <summary>
    /// The root group every feature maps under: policy that holds for the whole API is declared here
    /// once, so an endpoint cannot forget it (validation: <see cref="ValidationFilter"/>; the problems
    /// the pipeline can answer, in the OpenAPI document: <see cref="ProblemResponses"/>).
    /// </summary>
    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").DeclarePipelineProblems();
        api.AddEndpointFilter<ValidationFilter>();
        return api;
    }

    private static void AddPlatform(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => AppMode.Detect(provider.GetRequiredService<IConfiguration>()));
        services.Configure<AppOptions>(configuration.GetSection(AppOptions.Section));
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.Configure<TriggerHostOptions>(configuration.GetSection(TriggerHostOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StorageAccount>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<StartupWork>().AddHostedService(p => p.GetRequiredService<StartupWork>());
        services.AddStartupTask<PdfFontsLoad>();
        services.AddSingleton<TriggerCatalogue>().AddSingleton<FunctionInvoker>().AddSingleton<QueueSender>()
            .AddSingleton<FunctionPackager>();
        services.AddSingleton<LocalTriggerHost>().AddHostedService(p => p.GetRequiredService<LocalTriggerHost>());

        services.AddProblemDetails().AddJsonMetadata(ProblemsJson.Default);
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        services.AddPublicRateLimits();
        services.AddStaffAuthentication();
    }

    private static void ConfigureLogging(WebApplicationBuilder builder, AppMode mode)
    {
        builder.Logging.ClearProviders();
        builder.Logging.KeepUrlsOutOfLogs();
        // The Functions host captures stdout: one JSON object a line keeps fields searchable.
        if (mode.Hosted) builder.Logging.AddJsonConsole();
        else builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
    }
}
