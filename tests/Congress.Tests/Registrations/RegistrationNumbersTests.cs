using Congress.Platform.Storage;
using Congress.Registrations;
using Congress.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Congress.Tests.Registrations;

public sealed class RegistrationNumbersTests
{
    [Fact]
    public async Task ConcurrentRequestsFromTwoInstancesGetDistinctSequentialNumbers()
    {
        await using var app = await AppFactory.CreateAsync(); // its own: the numbers start at 1
        var storage = app.Storage;
        // Two instances: each has its own in-process gate, so only the ETag keeps them apart.
        var first = new RegistrationNumbers(storage);
        var second = new RegistrationNumbers(new StorageAccount(Options.Create(new StorageOptions
        {
            ConnectionString = await LocalServices.StorageConnectionStringAsync(), Prefix = app.Prefix,
        })));

        var numbers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).NextAsync(CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 30).Select(n => n.ToString("D8")), numbers.Order());
    }
}
