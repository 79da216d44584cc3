using System.Globalization;
using System.Text.Json;
using Congress.Platform.Triggers;

namespace Congress.Catalog;

/// <summary>A room's prices per night as stored: night (yyyy-MM-dd) → cents, so that no decimal is re-parsed from text.</summary>
public static class NightPriceList
{
    public static IReadOnlyDictionary<DateOnly, decimal>? Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        var cents = JsonSerializer.Deserialize<Dictionary<string, long>>(json, JsonDefaults.Options) ?? [];
        return cents.Count == 0 ? null : cents.ToDictionary(c => DateOnly.ParseExact(c.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture), c => c.Value / 100m);
    }

    /// <summary>As the API shows them: night (yyyy-MM-dd) → euros; null when every night has the one price.</summary>
    public static IReadOnlyDictionary<string, decimal>? View(IReadOnlyDictionary<DateOnly, decimal>? prices) =>
        prices?.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p => p.Value);

    /// <summary>Null for none: an empty list means one price for every night.</summary>
    public static string? Write(IReadOnlyDictionary<DateOnly, decimal> prices) => prices.Count == 0 ? null
        : JsonSerializer.Serialize(prices.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            p => (long)(p.Value * 100)), JsonDefaults.Options);
}
