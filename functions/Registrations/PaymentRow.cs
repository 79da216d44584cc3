using System.Security.Cryptography;
using System.Text;
using Congress.Platform.Storage;

namespace Congress.Registrations;

/// <summary>One payment received for a registration (partition: the registration id), once per reference.</summary>
public sealed class PaymentRow : TableRow
{
    public const string Table = "Payments";

    public long AmountCents { get; set; }
    public string Method { get; set; } = "";
    public string Reference { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>Who recorded it: "stripe" or the staff member's email.</summary>
    public string RecordedBy { get; set; } = "";

    public static string KeyFor(string reference) =>
        "pay|" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reference)))[..32];
}
