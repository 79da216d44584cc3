using System.Security.Claims;
using Congress.Catalog;
using Congress.Finance.Sepa;
using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Congress.Finance;

/// <summary>New bank details; <see cref="Version"/> is the version the person saw (required when details exist).</summary>
public sealed record BankDetailsInput(string? Iban, string? Bic, string? AccountHolder, string? Version = null) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        if (!Sepa.Iban.TryParse(Iban, "iban", out _, out var ibanError)) yield return ibanError;
        if (!Sepa.Bic.TryParse(Bic, "bic", out _, out var bicError)) yield return bicError;
        var holder = Check.Text("accountHolder", AccountHolder, 70).ToList();
        foreach (var e in holder) yield return e;
        // The holder's name goes into the SEPA file in the Latin subset: something must be left of it.
        if (holder.Count == 0 && SepaText.Convert(AccountHolder, SepaText.NameMaxLength).Length == 0)
            yield return FieldError.Invalid("accountHolder", Message.Fr("Le nom du titulaire doit comporter des lettres latines (virement SEPA).")
                .En("The holder's name needs Latin letters (SEPA transfer)."));
    }

    public BankDetailsChange ToCommand()
    {
        Sepa.Bic.TryParse(Bic, "bic", out var bic, out _);
        return new(Sepa.Iban.Parse(Validated.Present(Iban)), bic, Validated.Present(AccountHolder).Trim(), Version);
    }
}

/// <summary>Checked bank details: the IBAN parsed (mod 97), the BIC normalised when given, the holder trimmed.</summary>
public sealed record BankDetailsChange(Iban Iban, string? Bic, string AccountHolder, string? Version);

/// <summary>A confirmation names the version the second person checked.</summary>
public sealed record BankDetailsConfirmation(string? Version) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        if (string.IsNullOrEmpty(Version)) yield return FieldError.Required("version");
        else if (Version.Length > 100) yield return FieldError.TooLong("version", 100);
    }
}

public sealed record BankDetailsView(string Iban, string IbanFormatted, string? Bic, string AccountHolder, DateTimeOffset ChangedAt,
    string ChangedBy, DateTimeOffset? ConfirmedAt, string? ConfirmedBy, bool Payable, DateTimeOffset PayableFrom, string Version);

public sealed record BankDetailsHistoryView(DateTimeOffset At, string By, string Action, string? IbanBefore, string? IbanAfter,
    string? BicBefore, string? BicAfter, string? HolderBefore, string? HolderAfter);

/// <summary>
/// Providers' bank details for payouts (Admin and Finance): IBAN checked (mod 97) and normalised,
/// BIC optional, holder; every change and confirmation recorded; new details are paid only after the
/// cooling period or once a second person confirmed them.
/// </summary>
public static class BankDetailsApi
{
    public static void MapBankDetailsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/finance/providers/{providerId}/bank-details").WithTags("Finance")
            .RequireAuthorization(Policies.FinanceTeam);
        group.MapGet("/", async (string providerId, BankDetailsStore store, IOptions<FinanceOptions> options, TimeProvider time, CancellationToken ct) =>
            Answers.OkOrNotFound(await store.FindAsync(providerId, ct) is { } row ? View(row, options.Value, time) : null));
        group.MapGet("/history", async (string providerId, BankDetailsStore store, CancellationToken ct) =>
            TypedResults.Ok((await store.HistoryAsync(providerId, ct)).Select(h => new BankDetailsHistoryView(h.At, h.By, h.Action,
                h.IbanBefore, h.IbanAfter, h.BicBefore, h.BicAfter, h.HolderBefore, h.HolderAfter)).ToList()));
        group.MapPut("/", ChangeAsync);
        group.MapPost("/confirm", ConfirmAsync);
    }

    private static async Task<Results<Ok<BankDetailsView>, NotFoundProblem, ConflictProblem>> ChangeAsync(string providerId, BankDetailsInput input, ClaimsPrincipal user, CatalogWriter writer,
        BankDetailsStore store, IOptions<FinanceOptions> options, TimeProvider time, CancellationToken ct)
    {
        if (await writer.FindProviderAsync(providerId, ct) is null) return Problem.NotFound();
        var change = input.ToCommand();
        var current = await store.FindAsync(providerId, ct);
        if (current is not null && current.ETag.ToString() != change.Version) return Changed();
        if (current is not null && current.Iban == change.Iban.Value && current.Bic == change.Bic && current.AccountHolder == change.AccountHolder)
            return TypedResults.Ok(View(current, options.Value, time));
        if (!await store.ChangeAsync(providerId, current, change.Iban.Value, change.Bic, change.AccountHolder, StaffEmail(user), time.GetUtcNow(), ct))
            return Changed();
        return TypedResults.Ok(View((await store.FindAsync(providerId, ct))!, options.Value, time));
    }

    /// <summary>The second person confirms the version they saw: details changed since then are refused, not confirmed unseen.</summary>
    private static async Task<Results<Ok<BankDetailsView>, NotFoundProblem, ConflictProblem>> ConfirmAsync(string providerId, BankDetailsConfirmation input, ClaimsPrincipal user, BankDetailsStore store,
        IOptions<FinanceOptions> options, TimeProvider time, CancellationToken ct)
    {
        if (await store.FindAsync(providerId, ct) is not { } current) return Problem.NotFound();
        if (current.ETag.ToString() != input.Version) return Changed();
        var me = StaffEmail(user);
        if (string.Equals(current.ChangedBy, me, StringComparison.OrdinalIgnoreCase))
            return Problem.Conflict("same-person", Message.Fr("Une deuxième personne doit confirmer.").En("A second person must confirm."),
                Message.Fr("Une autre personne que l'auteur du changement doit confirmer les coordonnées.")
                .En("Somebody other than the person who changed the details must confirm them."));
        if (current.ConfirmedAt is null && !await store.ConfirmAsync(current, me, time.GetUtcNow(), ct)) return Changed();
        return TypedResults.Ok(View((await store.FindAsync(providerId, ct))!, options.Value, time));
    }

    private static BankDetailsView View(BankDetailsRow row, FinanceOptions options, TimeProvider time)
    {
        var cooling = TimeSpan.FromDays(options.BankDetailsCoolingDays);
        return new BankDetailsView(row.Iban, Iban.Parse(row.Iban).Formatted, row.Bic, row.AccountHolder, row.ChangedAt, row.ChangedBy,
            row.ConfirmedAt, row.ConfirmedBy, row.Payable(time.GetUtcNow(), cooling), row.ChangedAt + cooling, row.ETag.ToString());
    }

    private static ConflictProblem Changed() => Problem.Conflict("bank-details-changed", Message.Fr("Modifié entre-temps.").En("Changed meanwhile."),
        Message.Fr("Les coordonnées bancaires ont changé depuis votre lecture : rechargez-les et vérifiez-les à nouveau.")
        .En("The bank details changed since you read them: reload and check them again."));

    internal static string StaffEmail(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "";
}
