using Congress.Events;
using Congress.Platform.Auth;
using Congress.Platform.Hosting;
using Congress.Platform.Problems;
using Congress.Platform.Sheets;
using Congress.Registrations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.FollowUp;

public sealed record RegistrationListItem(string Id, string? Number, string Status, string ContactName, string Email, string Organisation,
    IReadOnlyList<string> Participants, string PaymentMethod, DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt, string? Start,
    string? End, decimal Total, decimal Paid, decimal BalanceDue, decimal RefundDue)
{
    public static RegistrationListItem From(RegistrationDigest d) => new(d.RowKey, d.Number, d.Status, d.ContactName, d.Email,
        d.Organisation.Replace("\n", ", "), d.Persons.Split('\n', StringSplitOptions.RemoveEmptyEntries), d.PaymentMethod, d.CreatedAt, d.ConfirmedAt,
        d.Start, d.End, d.TotalCents / 100m, d.PaidCents / 100m, d.BalanceCents / 100m, d.RefundDueCents / 100m);
}

public sealed record ListTotals(decimal Total, decimal Paid, decimal BalanceDue, decimal RefundDue, IReadOnlyDictionary<string, int> ByStatus);

public sealed record RegistrationList(IReadOnlyList<RegistrationListItem> Items, int Page, int PageSize, int Count, ListTotals Totals);

/// <summary>The registrations of an event for staff: search, counts and totals, exports.</summary>
public static class RegistrationListApi
{
    private static readonly string[] Columns =
    [
        "Numéro / Number", "État / Status", "Contact", "Email", "Organisation", "Participants", "Paiement / Payment",
        "Créée le / Created", "Confirmée le / Confirmed", "Début / Start", "Fin / End", "Total", "Payé / Paid",
        "Reste dû / Balance", "À rembourser / Refund due",
    ];

    public static void MapRegistrationListApi(this IEndpointRouteBuilder app)
    {
        var list = app.MapGroup("/api/admin/events/{eventId}").WithTags("Registration follow-up").RequireAuthorization(Policies.AnyStaff);
        list.MapGet("/registrations", ListAsync);
        list.MapGet("/registrations.csv", (string eventId, HttpRequest request, EventStore events, RegistrationDigests digests,
            CancellationToken ct) => ExportAsync(eventId, request, events, digests, "csv", ct));
        list.MapGet("/registrations.xlsx", (string eventId, HttpRequest request, EventStore events, RegistrationDigests digests,
            CancellationToken ct) => ExportAsync(eventId, request, events, digests, "xlsx", ct));
    }

    private static async Task<Results<Ok<RegistrationList>, BadRequestProblem, NotFoundProblem>> ListAsync(string eventId, HttpRequest request,
        EventStore events, RegistrationDigests digests, CancellationToken ct)
    {
        var (query, errors) = RegistrationQuery.Read(request.Query);
        if (query is null) return Problem.Validation(errors);
        if (await events.FindAsync(eventId, ct) is not { } ev) return Problem.NotFound();
        var matches = query.Apply(await digests.ForEventAsync(eventId, ct), ev).OrderByDescending(d => d.CreatedAt).ToList();
        var totals = new ListTotals(matches.Sum(d => d.TotalCents) / 100m, matches.Sum(d => d.PaidCents) / 100m,
            matches.Sum(d => d.BalanceCents) / 100m, matches.Sum(d => d.RefundDueCents) / 100m,
            matches.GroupBy(d => d.Status).ToDictionary(g => g.Key, g => g.Count()));
        var page = matches.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(RegistrationListItem.From).ToList();
        return TypedResults.Ok(new RegistrationList(page, query.Page, query.PageSize, matches.Count, totals));
    }

    private static async Task<Results<CsvFile, XlsxFile, BadRequestProblem, NotFoundProblem>> ExportAsync(string eventId, HttpRequest request,
        EventStore events, RegistrationDigests digests, string format, CancellationToken ct)
    {
        var (query, errors) = RegistrationQuery.Read(request.Query);
        if (query is null) return Problem.Validation(errors);
        if (await events.FindAsync(eventId, ct) is not { } ev) return Problem.NotFound();
        var sheet = new Sheet("Inscriptions", Columns);
        foreach (var d in query.Apply(await digests.ForEventAsync(eventId, ct), ev).OrderBy(d => d.Number ?? "~").ThenBy(d => d.CreatedAt))
            sheet.Add(d.Number, d.Status, d.ContactName, d.Email, d.Organisation.Replace("\n", ", "), d.Persons.Replace("\n", ", "), d.PaymentMethod,
                d.CreatedAt, d.ConfirmedAt, d.Start, d.End, d.TotalCents / 100m, d.PaidCents / 100m, d.BalanceCents / 100m,
                d.RefundDueCents / 100m);
        var name = $"inscriptions-{eventId}";
        return format == "csv"
            ? new CsvFile(sheet.ToCsv(), name + ".csv")
            : new XlsxFile(sheet.ToXlsx(), name + ".xlsx");
    }
}
