using System.Collections.Concurrent;
using Congress.Payments;

namespace Congress.Tests.Payments;

/// <summary>
/// Stands in for the registration flow (which implements <see cref="IPaymentRecorder"/> in its own
/// feature): it remembers every call, can be held to widen races, and can fail on demand.
/// </summary>
public sealed class RecordingPaymentRecorder : IPaymentRecorder
{
    private readonly ConcurrentQueue<ReceivedPayment> _payments = new();
    private readonly ConcurrentQueue<(string RegistrationId, string SessionId)> _expiries = new();
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new();

    /// <summary>When set, each call waits for it: the test decides when the flow finishes.</summary>
    public Task? Gate { get; set; }

    public IReadOnlyList<ReceivedPayment> PaymentsFor(string registrationId) =>
        _payments.Where(p => p.RegistrationId == registrationId).ToList();

    public IReadOnlyList<string> ExpiredSessionsFor(string registrationId) =>
        _expiries.Where(e => e.RegistrationId == registrationId).Select(e => e.SessionId).ToList();

    /// <summary>The next <paramref name="times"/> calls for this registration throw (after being counted).</summary>
    public void FailNext(string registrationId, int times = 1) => _failuresLeft[registrationId] = times;

    public async Task RecordAsync(ReceivedPayment payment, CancellationToken ct)
    {
        _payments.Enqueue(payment);
        await ActAsync(payment.RegistrationId, ct);
    }

    public async Task CheckoutExpiredAsync(string registrationId, string sessionId, CancellationToken ct)
    {
        _expiries.Enqueue((registrationId, sessionId));
        await ActAsync(registrationId, ct);
    }

    private async Task ActAsync(string registrationId, CancellationToken ct)
    {
        if (Gate is { } gate) await gate.WaitAsync(ct);
        if (_failuresLeft.TryGetValue(registrationId, out var left) && left > 0
            && _failuresLeft.TryUpdate(registrationId, left - 1, left))
            throw new InvalidOperationException("Simulated failure of the registration flow.");
    }
}
