using System.Security.Claims;
using Congress.Catalog;
using Congress.Events;
using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Storage;
using Congress.Registrations;
using Congress.RoomBlocks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.ProviderSpace;

/// <summary>What a provider may change of its own record: how it presents itself and how to reach it (not its name, kind or commission).</summary>
public sealed record ProviderProfileInput(string? DescriptionFr, string? DescriptionEn, string? Address, string? PostalCode, string? City,
    string? Email, string? CheckIn, string? CheckOut, string[]? Amenities) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        foreach (var e in Check.Text("descriptionFr", DescriptionFr, 4000, required: false)) yield return e;
        foreach (var e in Check.Text("descriptionEn", DescriptionEn, 4000, required: false)) yield return e;
        foreach (var e in Check.Text("address", Address, 200)) yield return e;
        foreach (var e in Check.Text("postalCode", PostalCode, 20)) yield return e;
        foreach (var e in Check.Text("city", City, 80)) yield return e;
        foreach (var e in Check.Email("email", Email)) yield return e;
        if (Amenities is { Length: > 50 }) yield return FieldError.Invalid("amenities", Message.Fr("50 équipements au plus.").En("At most 50 amenities."));
        foreach (var (field, value) in new[] { ("checkIn", CheckIn), ("checkOut", CheckOut) })
            if (!string.IsNullOrEmpty(value) && !TimeOnly.TryParseExact(value, "HH:mm", out _))
                yield return FieldError.Invalid(field, Message.Fr("Heure au format HH:mm.").En("Time as HH:mm."));
        if (Amenities?.Any(a => !Catalog.Amenities.All.Contains(a)) == true)
            yield return FieldError.Invalid("amenities", Message.Fr($"Équipements possibles : {string.Join(", ", Catalog.Amenities.All)}.")
                .En($"Possible amenities: {string.Join(", ", Catalog.Amenities.All)}."));
    }

    public ProviderProfile ToCommand() => new(DescriptionFr?.Trim() ?? "", DescriptionEn?.Trim() ?? "", Validated.Present(Address).Trim(),
        Validated.Present(PostalCode).Trim(), Validated.Present(City).Trim(), Validated.Present(Email).Trim(), CheckIn ?? "", CheckOut ?? "",
        Amenities ?? []);
}

/// <summary>A checked profile, as stored (texts trimmed, an optional one left out is empty).</summary>
public sealed record ProviderProfile(string DescriptionFr, string DescriptionEn, string Address, string PostalCode, string City,
    string Email, string CheckIn, string CheckOut, IReadOnlyList<string> Amenities)
{
    public void ApplyTo(ProviderEntity p)
    {
        p.DescriptionFr = DescriptionFr; p.DescriptionEn = DescriptionEn;
        p.Address = Address; p.PostalCode = PostalCode; p.City = City;
        p.Email = Email; p.CheckIn = CheckIn; p.CheckOut = CheckOut;
        p.Amenities = string.Join(',', Amenities);
    }
}

public sealed record ProviderProfileView(string Name, string DescriptionFr, string DescriptionEn, string Address, string PostalCode,
    string City, string Email, string CheckIn, string CheckOut, IReadOnlyList<string> Amenities, IReadOnlyList<PhotoView> Photos)
{
    public static ProviderProfileView From(ProviderEntity p) => new(p.Name, p.DescriptionFr, p.DescriptionEn, p.Address, p.PostalCode,
        p.City, p.Email, p.CheckIn, p.CheckOut, p.Amenities.Split(',', StringSplitOptions.RemoveEmptyEntries),
        p.PhotoList.Select(id => new PhotoView(id, $"{PhotoAlbum.ProviderUrlPrefix(p.RowKey)}/{id}")).ToList());
}

public sealed record ProviderEventView(string EventId, string Title, string StartDate, string EndDate, string City);

public sealed record PlanningNight(string Night, int Capacity, int Held, int Sold, int Free, bool Closed);

public sealed record PlanningProduct(string ProductId, LocalizedText Label, string? RoomType, IReadOnlyList<PlanningNight> Nights);

/// <summary>
/// The provider space beyond links: the events where the provider sells rooms, its planning (per
/// room product and night: capacity, held, sold, free, released), its reservations and its rooming
/// list. Everything is read for the session's provider only; another provider's event is 404.
/// </summary>
public static class ProviderSpaceApi
{
    public static void MapProviderSpaceApi(this IEndpointRouteBuilder app)
    {
        var profile = app.MapGroup("/api/provider/profile").WithTags("Provider space").RequireAuthorization(Policies.Provider);
        profile.MapGet("/", async (ClaimsPrincipal user, CatalogWriter writer, CancellationToken ct) =>
            Answers.OkOrNotFound(await writer.FindProviderAsync(ProviderSession.ProviderId(user), ct) is { } p
                ? ProviderProfileView.From(p) : null));
        profile.MapPut("/", UpdateProfileAsync);
        // The provider's own photos, with the same checks as the staff's upload (real JPEG/PNG/WebP, 5 MB, 12 at most).
        profile.MapPost("/photos", (ClaimsPrincipal user, HttpRequest request, StorageAccount storage, CatalogWriter writer,
            CatalogStore catalog, CancellationToken ct) =>
            Photos.UploadAsync(writer.ProviderAlbum(ProviderSession.ProviderId(user)), request, storage, catalog.ForgetAll, ct));
        profile.MapDelete("/photos/{photoId}", (string photoId, ClaimsPrincipal user, StorageAccount storage, CatalogWriter writer,
            CatalogStore catalog, CancellationToken ct) =>
            Photos.DeleteAsync(writer.ProviderAlbum(ProviderSession.ProviderId(user)), photoId, storage, catalog.ForgetAll, ct));

        var space = app.MapGroup("/api/provider/events").WithTags("Provider space").RequireAuthorization(Policies.Provider);
        space.MapGet("/", ListAsync);
        space.MapGet("/{eventId}/planning", PlanningAsync);
        space.MapGet("/{eventId}/reservations", async (string eventId, ClaimsPrincipal user, CatalogStore catalog, RegistrationDigests digests,
            TimeProvider time, CancellationToken ct) => Answers.OkOrNotFound((await RoomingAsync(eventId, user, catalog, digests, time, ct))?.Entries));
        space.MapGet("/{eventId}/rooming-list.xlsx", async (string eventId, ClaimsPrincipal user, CatalogStore catalog,
            RegistrationDigests digests, TimeProvider time, CancellationToken ct) =>
            Answers.FileOrNotFound(await RoomingAsync(eventId, user, catalog, digests, time, ct), list =>
                new XlsxFile(list.ToXlsx(), "rooming-list.xlsx")));
        space.MapGet("/{eventId}/rooming-list.pdf", async (string eventId, ClaimsPrincipal user, CatalogStore catalog,
            RegistrationDigests digests, TimeProvider time, CancellationToken ct) =>
            Answers.FileOrNotFound(await RoomingAsync(eventId, user, catalog, digests, time, ct), list =>
                new PdfFile(list.ToPdf(), "rooming-list.pdf")));
    }

    private static async Task<Results<Ok<ProviderProfileView>, NotFoundProblem>> UpdateProfileAsync(ProviderProfileInput input, ClaimsPrincipal user, CatalogWriter writer,
        CatalogStore catalog, CancellationToken ct)
    {
        var profile = input.ToCommand();
        var updated = await writer.UpdateProviderAsync(ProviderSession.ProviderId(user), p =>
            {
                profile.ApplyTo(p);
                return true;
            }, ct);
        if (updated is null) return Problem.NotFound();
        // Providers are shared by every event's form.
        catalog.ForgetAll();
        return TypedResults.Ok(ProviderProfileView.From(updated));
    }

    private static async Task<Ok<List<ProviderEventView>>> ListAsync(ClaimsPrincipal user, StorageAccount storage, CatalogStore catalog,
        CancellationToken ct)
    {
        var providerId = ProviderSession.ProviderId(user);
        var views = new List<ProviderEventView>();
        foreach (var ev in await storage.Table(EventsApi.Table).QueryPartitionAsync<EventEntity>(EventEntity.Partition, ct).ToListAsync(ct))
            if (await catalog.LoadAsync(ev.RowKey, ct) is { } form && form.Products.Any(p => p.ProviderId == providerId))
                views.Add(new ProviderEventView(ev.RowKey, ev.Title, ev.StartDate, ev.EndDate, ev.City));
        return TypedResults.Ok(views.OrderBy(v => v.StartDate, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Ok<List<PlanningProduct>>, NotFoundProblem>> PlanningAsync(string eventId, ClaimsPrincipal user,
        CatalogStore catalog, Inventory inventory, CancellationToken ct)
    {
        var providerId = ProviderSession.ProviderId(user);
        if (await FormOfAsync(eventId, providerId, catalog, ct) is not { } form) return Problem.NotFound();
        var rows = (await inventory.RowsAsync(eventId, ct)).ToLookup(r => r.ProductId);
        return TypedResults.Ok(form.Products.Where(p => p.ProviderId == providerId && p.IsRoom)
            .Select(p => new PlanningProduct(p.Id, p.Label, p.RoomType, rows[p.Id].Where(r => r.Slot != StockKeys.Total).OrderBy(r => r.Slot)
                .Select(r => new PlanningNight(r.Slot, r.Capacity, r.Held, r.Sold, Math.Max(0, r.Free), r.Closed)).ToList()))
            .ToList());
    }

    private static async Task<RoomingList?> RoomingAsync(string eventId, ClaimsPrincipal user, CatalogStore catalog,
        RegistrationDigests digests, TimeProvider time, CancellationToken ct)
    {
        var providerId = ProviderSession.ProviderId(user);
        return await FormOfAsync(eventId, providerId, catalog, ct) is { } form
            ? RoomingList.Build(form, providerId, await digests.ForEventAsync(eventId, ct), time.GetUtcNow())
            : null;
    }

    /// <summary>The event's form when the provider sells something in it; null (404) otherwise.</summary>
    private static async Task<EventForm?> FormOfAsync(string eventId, string providerId, CatalogStore catalog, CancellationToken ct) =>
        await catalog.LoadAsync(eventId, ct) is { } form && form.Products.Any(p => p.ProviderId == providerId) ? form : null;
}
