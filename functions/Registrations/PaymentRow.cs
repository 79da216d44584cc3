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
    /// <summary>A refund (negative amount) of a card payment: that payment's row key.</summary>
    public string? RefundOf { get; set; }

    public bool IsRefund => AmountCents < 0;

    public static string KeyFor(string reference) => "pay|" + Hash(reference);

    /// <summary>A refund's key comes from the id the client gave its request: asking twice refunds once.</summary>
    public static string RefundKeyFor(string requestId) => "refund|" + Hash(requestId);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
