using Azure;
using Congress.Platform.Storage;

namespace Congress.Tests.Platform;

public sealed class OptimisticRetryTests
{
    [Fact]
    public async Task AConflictIsRetriedFromAFreshAttemptAndTheResultReturned()
    {
        var attempts = 0;

        var result = await OptimisticRetry.RunAsync(attempt =>
        {
            attempts++;
            return attempt < 3 ? throw new RequestFailedException(412, "stale") : Task.FromResult("written");
        }, CancellationToken.None);

        Assert.Equal("written", result);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task AConflictThatNeverEndsIsThrownAfterTheLastAttempt()
    {
        var attempts = 0;

        var error = await Assert.ThrowsAsync<WrittenMeanwhileException>(() => OptimisticRetry.RunAsync(_ =>
        {
            attempts++;
            throw new WrittenMeanwhileException();
        }, CancellationToken.None, attempts: 4));

        Assert.NotNull(error);
        Assert.Equal(4, attempts);
    }

    [Fact]
    public async Task AnErrorThatIsNotAConflictIsNotRetried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<RequestFailedException>(() => OptimisticRetry.RunAsync(_ =>
        {
            attempts++;
            throw new RequestFailedException(500, "down");
        }, CancellationToken.None));

        Assert.Equal(1, attempts);
    }
}
