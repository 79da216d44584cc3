using Congress.Catalog;
using Congress.Tests.Infrastructure;

namespace Congress.Tests.ProviderSpace;

/// <summary>Test providers written through the catalogue, each with a unique id and contact address.</summary>
internal static class Providers
{
    public static async Task<(string Id, string Name, string Email)> AddAsync(AppFactory app, string? email = "", string kind = ProviderKinds.Hotel)
    {
        var id = "hotel-" + Guid.NewGuid().ToString("N")[..12];
        var name = "Hôtel " + id;
        email = email == "" ? $"{id}@hotels.example" : email;
        await app.Get<CatalogWriter>().UpsertProviderAsync(id, new ProviderInput(name, kind, 3, [], "1 rue de la Paix", "42000",
            "Saint-Étienne", null, null, null, "15:00", "11:00", email, 8).ToCommand(), CancellationToken.None);
        return (id, name, email ?? "");
    }
}
