using System.Globalization;
using System.Security.Claims;
using Congress.Catalog;
using Congress.Messaging;
using Congress.Payments;
using Congress.Platform.Auth;
using Congress.Platform.Problems;
using Congress.Registrations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.FollowUp;

public sealed record CancelInput(string? Reason) : IValidatable
{
    public IEnumerable<FieldError> Validate() => Check.Text("reason", Reason, 500);

    public Cancellation ToCommand() => new(Validated.Present(Reason).Trim());
}

/// <summary>A checked cancellation: the reason staff gave, kept in the file's history.</summary>
public sealed record Cancellation(string Reason);

public sealed record RefundInput(string? RequestId, decimal? Amount, string? Method, string? PaymentId, string? Reference) : IValidatable
{
    public IEnumerable<FieldError> Validate()
    {
        foreach (var e in Check.Text("requestId", RequestId, 100)) yield return e;
        if (Amount is not { } amount || amount <= 0 || amount > 1_000_000 || decimal.Round(amount, 2) != amount)
            yield return FieldError.Invalid("amount", Message.Fr("Montant positif en euros, 2 décimales.").En("Positive amount in euros, 2 decimals."));
        switch (Method)
        {
            case PaymentMethods.Card:
                if (string.IsNullOrWhiteSpace(PaymentId)) yield return FieldError.Required("paymentId");
                break;
            case PaymentMethods.Cheque or PaymentMethods.Transfer:
                foreach (var e in Check.Text("reference", Reference, 100)) yield return e;
                break;
            default:
                yield return FieldError.Invalid("method", Message.Fr("Carte, chèque ou virement.").En("Card, cheque or transfer."));
                break;
        }
    }

    public RefundRequest ToCommand(string registrationId, string by) => new(registrationId, Validated.Present(RequestId).Trim(),
        Validated.Present(Amount), Method == PaymentMethods.Card
            ? new RefundToCard(Validated.Present(PaymentId))
            : new ManualRefund(Validated.Present(Method), Validated.Present(Reference).Trim()), by);
}

public sealed record EmailSummary(string Id, string Purpose, string To, string Subject, DateTimeOffset At, string Status, string? Error);

/// <summary>
/// An email of the file. <see cref="Copy"/>: <c>original</c> while the outbox still holds it (not yet
/// sent); <c>rebuilt</c> once sent, from the file as it is now with the personal link withheld;
/// <c>none</c> when it cannot be rebuilt.
/// </summary>
public sealed record EmailContent(string Subject, string To, string Text, string? Html, IReadOnlyList<string> Attachments,
    string Copy = EmailCopy.Original);

public static class EmailCopy
{
    public const string Original = "original";
    public const string Rebuilt = "rebuilt";
    public const string None = "none";
}

/// <summary>
/// One registration's file for staff: read it, change its lines, participants and contact on the
/// revision seen (If-Match), cancel it, record money in and out, read its history and its emails.
/// </summary>
public static class RegistrationFileApi
{
    public static void MapRegistrationFileApi(this IEndpointRouteBuilder app)
    {
        var file = app.MapGroup("/api/admin/registrations/{registrationId}").WithTags("Registration follow-up");
        var read = file.MapGroup("").RequireAuthorization(Policies.AnyStaff);
        read.MapGet("/", GetAsync);
        read.MapGet("/history", async (string registrationId, RegistrationStore registrations, CancellationToken ct) =>
            Answers.OkOrNotFound(await registrations.FindAsync(registrationId, ct) is null ? null : await registrations.HistoryAsync(registrationId, ct)));
        read.MapGet("/emails", ListEmailsAsync);
        read.MapGet("/emails/{emailId}", GetEmailAsync);

        var change = file.MapGroup("").RequireAuthorization(Policies.Operations);
        change.MapPut("/", (string registrationId, BasketInput input, HttpRequest request, ClaimsPrincipal user, RegistrationEditor editor,
            CancellationToken ct) => EditAsync(request, registrationId, (revision, by) => editor.ChangeBasketAsync(registrationId, revision, input, by, ct),
            user, ct));
        change.MapPut("/contact", (string registrationId, ContactInput input, HttpRequest request, ClaimsPrincipal user,
            RegistrationEditor editor, CancellationToken ct) =>
            EditAsync(request, registrationId, (revision, by) => editor.ChangeContactAsync(registrationId, revision, input.ToCommand(), by, ct), user, ct));
        change.MapPost("/cancel", (string registrationId, CancelInput input, HttpRequest request, ClaimsPrincipal user,
            RegistrationEditor editor, CancellationToken ct) =>
            EditAsync(request, registrationId, (revision, by) => editor.CancelAsync(registrationId, revision, input.ToCommand(), by, ct), user, ct));
        change.MapPost("/emails/{emailId}/resend", ResendAsync);

        var money = file.MapGroup("").RequireAuthorization(Policies.FinanceTeam);
        money.MapPost("/payments", RecordPaymentAsync);
        money.MapPost("/refunds", RefundAsync);
    }

    private static async Task<Results<Ok<RegistrationFile>, NotFoundProblem>> GetAsync(string registrationId, HttpContext http,
        RegistrationStore registrations, RegistrationFiles files, CancellationToken ct) =>
        Answers.OkOrNotFound(await registrations.FindAsync(registrationId, ct) is { } registration
            ? await files.ViewAsync(registration, http, ct) : null);

    private static async Task<Results<Ok<RegistrationFile>, BadRequestProblem, NotFoundProblem, ConflictProblem, PreconditionRequiredProblem>>
        EditAsync(HttpRequest request, string registrationId, Func<long, string, Task<EditResult>> edit,
        ClaimsPrincipal user, CancellationToken ct)
    {
        if (ReadIfMatch(request) is not { } revision)
            return Problem.PreconditionRequired(Message.Fr("En-tête If-Match obligatoire.").En("If-Match required."),
                Message.Fr("Envoyez l'ETag du dossier modifié dans If-Match.").En("Send the ETag of the file you changed in If-Match."));
        var result = await edit(revision, StaffEmail(user));
        return result.Outcome switch
        {
            EditOutcome.Done when await request.HttpContext.RequestServices.GetRequiredService<RegistrationFiles>()
                .ViewAsync(result.Registration!, request.HttpContext, ct) is { } view => TypedResults.Ok(view),
            EditOutcome.Done => Problem.NotFound(),
            EditOutcome.NotFound => Problem.NotFound(),
            EditOutcome.Stale => Problem.Conflict("edit-conflict", Message.Fr("Modifié par quelqu'un d'autre.").En("Changed by someone else."),
                Message.Fr("Ce dossier a changé depuis son ouverture : rechargez-le puis refaites votre modification.")
                .En("This registration changed since you opened it: reload it, then make your change again.")),
            EditOutcome.NotEditable => Problem.Conflict("not-editable", Message.Fr("Ce dossier ne peut plus être modifié.")
                .En("This registration cannot be changed."), Message.Fr("Seuls les dossiers en attente de paiement ou confirmés peuvent être modifiés.")
                .En("Only registrations awaiting payment or confirmed can be changed.")),
            EditOutcome.AwaitingCard => Problem.Conflict("awaiting-card-payment", Message.Fr("Un paiement par carte est en cours.")
                .En("A card payment is under way."),
                Message.Fr("La page de paiement de l'inscrit demande l'acompte actuel : attendez le paiement (ou son expiration), ou annulez, avant de changer le montant.")
                .En("The attendee's payment page asks for the current deposit: wait for the payment (or its expiry), or cancel, before changing the amount.")),
            EditOutcome.Short => Problem.Conflict("sold-out", Message.Fr("Plus assez de places.").En("Not enough left."),
                Message.Fr("Certaines prestations ne sont plus disponibles en quantité suffisante ; rien n'a été modifié.")
                .En("Some products are no longer available in the quantity asked; nothing was changed."), result.Errors),
            _ => Problem.Validation(result.Errors),
        };
    }

    private static async Task<Results<Created<RegistrationFile>, BadRequestProblem, NotFoundProblem, ConflictProblem>> RecordPaymentAsync(string registrationId, ManualPaymentInput input, HttpContext http,
        RegistrationStore registrations, RegistrationPayments payments, RegistrationFiles files, ClaimsPrincipal user, TimeProvider time,
        Events.EventStore events, CancellationToken ct)
    {
        if (await registrations.FindAsync(registrationId, ct) is not { } registration) return Problem.NotFound();
        var payment = input.ToCommand();
        // "Today" is the event's day, as the screen offers it.
        if (payment.ReceivedOn > (await events.GetAsync(registration.EventId, ct)).DayOf(time.GetUtcNow()))
            return Problem.Validation(FieldError.Invalid("receivedOn", Message.Fr("Date de réception dans le futur.").En("Received date in the future.")));
        var recorded = await payments.RecordAsync(payment.For(registrationId), StaffEmail(user), ct);
        if (recorded is { Conflict: true })
            return Problem.Conflict("payment-reference", Message.Fr("Cette référence est déjà enregistrée avec un autre montant.")
                .En("This reference was recorded with another amount."), Message.Fr("Vérifiez la référence et le montant.")
                .En("Check the reference and the amount."), [FieldError.Invalid("reference", Message.Fr("Référence déjà utilisée pour un autre montant.")
                    .En("Reference already used for another amount."))]);
        return await files.ViewAsync(recorded!.Registration!, http, ct) is { } view ? Created(view) : Problem.NotFound();
    }

    private static async Task<Results<Created<RegistrationFile>, BadRequestProblem, NotFoundProblem, ConflictProblem, BadGatewayProblem>> RefundAsync(string registrationId, RefundInput input, HttpContext http,
        RegistrationPayments payments, RegistrationFiles files, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await payments.RefundAsync(input.ToCommand(registrationId, StaffEmail(user)), ct);
        return result.Outcome switch
        {
            RefundOutcome.Done when await files.ViewAsync(result.Registration!, http, ct) is { } view => Created(view),
            RefundOutcome.Done => Problem.NotFound(),
            RefundOutcome.NotFound => Problem.NotFound(),
            RefundOutcome.Conflict => Problem.Conflict("refund-conflict", Message.Fr("Un autre remboursement a été enregistré au même moment.")
                .En("Another refund was recorded at the same time."),
                Message.Fr("Ensemble, ils rendraient plus que le montant reçu : rechargez le dossier et vérifiez ce qui reste à rembourser.")
                .En("Together they would give back more than was received: reload the file and check what is left to refund.")),
            RefundOutcome.Refused => Problem.BadGateway("refund-refused", Message.Fr("Le prestataire de paiement a refusé le remboursement.")
                .En("The payment provider refused the refund."), result.Error!.Message, [result.Error]),
            _ => Problem.Validation(result.Error!),
        };
    }

    private static async Task<Results<Ok<List<EmailSummary>>, NotFoundProblem>> ListEmailsAsync(string registrationId,
        RegistrationStore registrations, EmailLog log, CancellationToken ct)
    {
        if (await registrations.FindAsync(registrationId, ct) is null) return Problem.NotFound();
        var entries = await log.ForReferenceAsync(registrationId, ct);
        return TypedResults.Ok(entries.Select(e => new EmailSummary(e.RowKey, e.Purpose, e.ToAddress, e.Subject, e.At, e.Status, e.Error)).ToList());
    }

    private static async Task<Results<Ok<EmailContent>, NotFoundProblem>> GetEmailAsync(string registrationId, string emailId, EmailLog log, EmailOutbox outbox,
        RegistrationStore registrations, RegistrationMail mail, CancellationToken ct)
    {
        if (await log.FindForReferenceAsync(registrationId, emailId, ct) is not { } entry
            || await outbox.FindAsync(entry.MessageKey, ct) is not { } message)
            return Problem.NotFound();
        if (!message.ContentForgotten)
            return TypedResults.Ok(new EmailContent(message.Subject, entry.ToAddress, message.TextBody, message.HtmlBody,
                message.Attachments.Select(a => a.FileName).ToList()));
        // Sent: the outbox kept no body (it carried the attendee's link). Staff see the email rebuilt
        // from the file as it is now, the link withheld, and are told so.
        var rebuilt = await registrations.FindAsync(registrationId, ct) is { } registration
            ? await mail.BuildAsync(registration, message.Purpose, withLink: false, ct)
            : null;
        return TypedResults.Ok(new EmailContent(message.Subject, entry.ToAddress, rebuilt?.TextBody ?? "", rebuilt?.HtmlBody,
            message.Attachments.Select(a => a.FileName).ToList(), rebuilt is null ? EmailCopy.None : EmailCopy.Rebuilt));
    }

    private static async Task<Results<Accepted, NotFoundProblem, ConflictProblem>> ResendAsync(string registrationId, string emailId, EmailLog log, RegistrationMail mail,
        EmailOutbox outbox, RegistrationStore registrations, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (await registrations.FindAsync(registrationId, ct) is not { } registration
            || await log.FindForReferenceAsync(registrationId, emailId, ct) is not { } entry)
            return Problem.NotFound();
        // Rebuilt from the file as it is now, to its contact as it is now (a corrected address gets
        // what the old one missed), with a fresh access link: the outbox kept no body to copy.
        if (await mail.BuildAsync(registration, entry.Purpose, withLink: true, ct) is not { } email)
            return Problem.Conflict(Message.Fr("Cet email ne peut pas être renvoyé.").En("This email cannot be sent again."));
        var at = time.GetUtcNow();
        await outbox.EnqueueAsync(email with
        {
            MessageKey = $"{entry.MessageKey}/resent/{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}",
        }, ct);
        await registrations.UpdateAsync(registrationId, _ => true, new Change(StaffEmail(user), HistoryActions.EmailResent,
            [new FieldChange("email", null, $"{entry.Purpose} → {registration.Email}")]), ct);
        return TypedResults.Accepted($"/api/admin/registrations/{registrationId}/emails");
    }

    private static Created<RegistrationFile> Created(RegistrationFile file) =>
        TypedResults.Created($"/api/admin/registrations/{file.Id}", file);

    private static long? ReadIfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        return long.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : -1;
    }

    private static string StaffEmail(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? "staff";
}

/// <summary>Builds the file and sets its revision as the answer's ETag; null when its event is gone.</summary>
public sealed class RegistrationFiles(CatalogStore catalog, RegistrationPayments payments)
{
    public async Task<RegistrationFile?> ViewAsync(RegistrationEntity registration, HttpContext http, CancellationToken ct)
    {
        var form = await catalog.LoadAsync(registration.EventId, ct);
        if (form is null) return null;
        http.Response.Headers.ETag = $"\"{registration.Revision.ToString(CultureInfo.InvariantCulture)}\"";
        return RegistrationFile.From(registration, form, await payments.PaymentsAsync(registration.Id, ct));
    }
}
