using Congress.Platform.Storage;

namespace Congress.Registrations;

/// <summary>Registration numbers: 8 digits, sequential per deployment.</summary>
public sealed class RegistrationNumbers(StorageAccount storage)
{
    public const string Table = Sequence.Table;
    private readonly Sequence _sequence = new(storage, "registration-number");

    public Task<string> NextAsync(CancellationToken ct) => _sequence.NextAsync(ct);
}
