using Congress.Catalog;
using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Registrations;

namespace Congress.FollowUp;

/// <summary>Registration follow-up for staff: the list, the file with its changes and money, history, emails, statistics.</summary>
public static class FollowUpFeature
{
    public static IServiceCollection AddFollowUp(this IServiceCollection services) =>
        services.AddJsonMetadata(FollowUpJson.Default).AddSingleton<RegistrationEditor>().AddSingleton<RegistrationFiles>();

    public static void MapFollowUpApi(this IEndpointRouteBuilder app)
    {
        app.MapRegistrationListApi();
        app.MapRegistrationFileApi();
        var stats = app.MapGroup("/api/admin/events/{eventId}").WithTags("Registration follow-up").RequireAuthorization(Policies.AnyStaff);
        stats.MapGet("/statistics", async (string eventId, CatalogStore catalog, RegistrationDigests digests, Inventory inventory,
            CancellationToken ct) => Answers.OkOrNotFound(await ComputeAsync(eventId, catalog, digests, inventory, ct)));
        stats.MapGet("/statistics.xlsx", async (string eventId, CatalogStore catalog, RegistrationDigests digests, Inventory inventory,
            CancellationToken ct) => Answers.FileOrNotFound(await ComputeAsync(eventId, catalog, digests, inventory, ct), s =>
                new XlsxFile(s.ToXlsx(), $"statistiques-{eventId}.xlsx")));
    }

    private static async Task<EventStatistics?> ComputeAsync(string eventId, CatalogStore catalog, RegistrationDigests digests,
        Inventory inventory, CancellationToken ct)
    {
        var form = await catalog.LoadAsync(eventId, ct);
        if (form is null) return null;
        return EventStatistics.Compute(form, await digests.ForEventAsync(eventId, ct), await inventory.RowsAsync(eventId, ct));
    }
}
