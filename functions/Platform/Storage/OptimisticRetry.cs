using Azure;
using Azure.Data.Tables;

namespace Congress.Platform.Storage;

/// <summary>
/// The one retry policy for optimistic writes. An attempt reads, decides and writes with the ETag;
/// when storage answers that somebody wrote first (412; 409 when an insert meets a row added
/// meanwhile; 404 in a batch whose row was deleted meanwhile) the attempt runs again, from a fresh
/// read, after a short pause that grows with the attempt. At most <c>attempts</c> times: after the
/// last one the conflict goes to the caller as it was thrown, never an endless loop.
/// </summary>
public static class OptimisticRetry
{
    public const int DefaultAttempts = 10;

    public static async Task<T> RunAsync<T>(Func<int, Task<T>> attempt, CancellationToken ct, int attempts = DefaultAttempts)
    {
        for (var n = 1; ; n++)
        {
            try
            {
                return await attempt(n);
            }
            catch (Exception e) when (IsConflict(e) && n < attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 10 + 10 * n)), ct);
            }
        }
    }

    public static Task RunAsync(Func<int, Task> attempt, CancellationToken ct, int attempts = DefaultAttempts) =>
        RunAsync(async n =>
        {
            await attempt(n);
            return true;
        }, ct, attempts);

    public static bool IsConflict(Exception e) => e switch
    {
        TableTransactionFailedException batch => batch.Status is 404 or 409 or 412,
        RequestFailedException single => single.Status is 409 or 412,
        WrittenMeanwhileException => true,
        _ => false,
    };
}

/// <summary>Thrown by an attempt that saw, without an error from storage, that somebody wrote first: run it again.</summary>
public sealed class WrittenMeanwhileException() : Exception("Changed by somebody else meanwhile.");
