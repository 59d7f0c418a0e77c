using System.Text.Json;
using SpecGen.Runtime.Wire;

namespace SpecGen.Runtime.Http;

/// <summary>
/// Where an event carries a union (e.g. <c>event_data.content</c> selected by <c>type</c>) and which kinds
/// the spec lists. An event whose kind is not listed (a variant added after the spec was written) is recognised before
/// it reaches the handler, so the receiver decides whether to acknowledge it (see the webhook options).
/// </summary>
public sealed class UnionSite
{
    /// <summary>Creates a site.</summary>
    /// <param name="path">Dotted path of the union value; <c>[]</c> steps into each item of an array.</param>
    /// <param name="discriminator">The wire name of the discriminator field.</param>
    /// <param name="known">The discriminator values the spec lists.</param>
    public UnionSite(string path, string discriminator, params string[] known)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Discriminator = discriminator ?? throw new ArgumentNullException(nameof(discriminator));
        Known = known ?? Array.Empty<string>();
    }

    /// <summary>The path of the union value.</summary>
    public string Path { get; }

    /// <summary>The discriminator field.</summary>
    public string Discriminator { get; }

    /// <summary>The listed kinds.</summary>
    public IReadOnlyList<string> Known { get; }

    /// <summary>The first unlisted kind in <paramref name="root"/> ("event_data.content.type = location"), or null.</summary>
    public static string? FindUnknown(JsonElement root, IReadOnlyList<UnionSite> sites)
    {
        foreach (var site in sites)
        {
            if (site.Find(root, site.Path.Split('.'), 0, string.Empty) is { } found) return found;
        }
        return null;
    }

    private string? Find(JsonElement e, string[] segments, int index, string at)
    {
        if (index == segments.Length)
        {
            if (e.ValueKind != JsonValueKind.Object) return null;
            var kind = JsonValues.TryGet(e, Discriminator, out var d) ? JsonValues.String(d) : null;
            if (kind is null) return at + "." + Discriminator + " is missing";
            foreach (var k in Known)
            {
                if (k == kind) return null;
            }
            return at + "." + Discriminator + " = " + kind;
        }
        var segment = segments[index];
        var items = segment.EndsWith("[]", StringComparison.Ordinal);
        var name = items ? segment.Substring(0, segment.Length - 2) : segment;
        if (!JsonValues.TryGet(e, name, out var child)) return null;
        var path = at.Length == 0 ? name : at + "." + name;
        if (!items) return Find(child, segments, index + 1, path);
        if (child.ValueKind != JsonValueKind.Array) return null;
        var i = 0;
        foreach (var item in child.EnumerateArray())
        {
            if (Find(item, segments, index + 1, path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]") is { } found) return found;
            i++;
        }
        return null;
    }
}
