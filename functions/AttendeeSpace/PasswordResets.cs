using System.Security.Cryptography;
using Congress.Messaging;
using Congress.Platform.Hosting;
using Congress.Platform.Storage;
using Congress.Registrations;
using Microsoft.Extensions.Options;

namespace Congress.AttendeeSpace;

/// <summary>A reset link: stored only as the hash of its token, single purpose, single use, expiring.</summary>
public sealed class ResetTokenRow : TableRow
{
    public const string Partition = "reset";

    public ResetTokenRow() => PartitionKey = Partition;

    public string Email { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

public enum ResetOutcome { Done, Invalid }

/// <summary>
/// Password reset by emailed link. Asking never tells whether the address is known; the link's
/// page (GET) consumes nothing, only the POST with the new password does, once, before expiry.
/// </summary>
public sealed class PasswordResets(StorageAccount storage, AttendeeAccounts accounts, RegistrationIndex index, EmailOutbox outbox,
    TimeProvider time, IOptions<AppOptions> app) : IAttendeeAccountLinks
{
    public const string Table = "ResetTokens";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async Task RequestAsync(string email, CancellationToken ct)
    {
        var known = await accounts.FindAsync(email, ct) is not null || (await index.ForEmailAsync(email, ct)).Count > 0;
        if (!known) return;
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        await storage.Table(Table).AddEntityAsync(new ResetTokenRow
        {
            RowKey = AttendeeAccounts.Hash(token), Email = email.Trim(), ExpiresAt = now + Lifetime,
        }, ct);
        var link = $"{app.Value.PublicBaseUrl.TrimEnd('/')}/account/reset.html?token={token}";
        await outbox.EnqueueAsync(new OutgoingEmail($"attendee-reset/{AttendeeAccounts.Hash(token)}", email.Trim(), null,
            "Choisir votre mot de passe / Choose your password",
            $"Pour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure) :\n{link}\n\n" +
            $"To choose a new password, open this link (valid for one hour):\n{link}\n\n" +
            "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message. / If you did not ask, ignore this message.",
            null, "attendee-password-reset"), ct);
    }

    public async Task<ResetOutcome> ConfirmAsync(PasswordReset reset, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        string? email = null;
        var used = await storage.Table(Table).UpdateConditionallyAsync<ResetTokenRow>(ResetTokenRow.Partition, AttendeeAccounts.Hash(reset.Token), row =>
        {
            if (row.UsedAt is not null || now >= row.ExpiresAt) return false;
            row.UsedAt = now;
            email = row.Email;
            return true;
        }, ct);
        if (used is null || email is null) return ResetOutcome.Invalid;
        await accounts.SetPasswordAsync(email, reset.Password, ct);
        return ResetOutcome.Done;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
