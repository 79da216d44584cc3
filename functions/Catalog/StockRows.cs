using System.Runtime.Serialization;
using Congress.Platform.Storage;

namespace Congress.Catalog;

/// <summary>
/// Inventory of one event in one partition of the Inventory table (the event id), so that a
/// registration's stock for every product and night changes in one atomic batch:
/// "stock|{product}|{slot}" counters, "hold|{registration}" and "sale|{registration}" markers.
/// </summary>
public static class StockKeys
{
    public const string Table = "Inventory";
    public const string Total = "total";

    public static string Stock(string productId, string slot) => $"stock|{productId}|{slot}";
    public static string Hold(string registrationId) => "hold|" + registrationId;
    public static string Sale(string registrationId) => "sale|" + registrationId;
}

/// <summary>One product for one night (rooms) or for the whole event ("total"): free = capacity − held − sold.</summary>
public sealed class StockRow : TableRow
{
    public string ProductId { get; set; } = "";
    public string Slot { get; set; } = StockKeys.Total;
    public int Capacity { get; set; }
    public int Held { get; set; }
    public int Sold { get; set; }
    /// <summary>Released to the provider (room blocks): nothing more is sold, whatever holds give back.</summary>
    public bool Closed { get; set; }

    [IgnoreDataMember]
    public int Free => Closed ? 0 : Capacity - Held - Sold;
}

/// <summary>What a registration holds or bought, so that the change can be undone or completed exactly.</summary>
public sealed class StockMarker : TableRow
{
    public string RegistrationId { get; set; } = "";
    /// <summary>"product|slot|quantity" entries separated by ';'.</summary>
    public string Needs { get; set; } = "";
    public DateTimeOffset? ExpiresAt { get; set; }

    [IgnoreDataMember]
    public IReadOnlyList<StockNeed> NeedList => StockNeed.Parse(Needs);
}

/// <summary>A quantity of one product for one slot (a night, or "total").</summary>
public sealed record StockNeed(string ProductId, string Slot, int Quantity)
{
    public string Key => StockKeys.Stock(ProductId, Slot);

    public static string Format(IEnumerable<StockNeed> needs) =>
        string.Join(';', needs.Select(n => $"{n.ProductId}|{n.Slot}|{n.Quantity}"));

    public static IReadOnlyList<StockNeed> Parse(string text) => text
        .Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => part.Split('|'))
        .Select(p => new StockNeed(p[0], p[1], int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>Whether both lists ask for the same quantities of the same rows, whatever their order.</summary>
    public static bool Same(IEnumerable<StockNeed> a, IEnumerable<StockNeed> b)
    {
        var left = Combine(a).Where(n => n.Quantity != 0).ToDictionary(n => n.Key, n => n.Quantity);
        var right = Combine(b).Where(n => n.Quantity != 0).ToDictionary(n => n.Key, n => n.Quantity);
        return left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var q) && q == p.Value);
    }

    /// <summary>Needs for the same row added up.</summary>
    public static IReadOnlyList<StockNeed> Combine(IEnumerable<StockNeed> needs) => needs
        .GroupBy(n => (n.ProductId, n.Slot))
        .Select(g => new StockNeed(g.Key.ProductId, g.Key.Slot, g.Sum(n => n.Quantity)))
        .ToList();
}

/// <summary>Not enough left: which product and slot, how many asked, how many free.</summary>
public sealed record Shortage(string ProductId, string Slot, int Asked, int Free);
