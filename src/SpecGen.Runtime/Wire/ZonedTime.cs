namespace SpecGen.Runtime.Wire;

/// <summary>
/// Date-times a document states in a fixed zone (the spec's <c>time_zone:</c>, e.g. "+08:00"). The wire
/// value is the wall-clock time in that zone, so a caller's instant is converted before it is written:
/// a <see cref="DateTimeKind.Utc"/> or <see cref="DateTimeKind.Local"/> value is converted;
/// an <see cref="DateTimeKind.Unspecified"/> value is taken as already in the documented zone.
/// </summary>
public static class ZonedTime
{
    /// <summary>The wall-clock time in the zone <paramref name="offsetMinutes"/> east of UTC.</summary>
    public static DateTime? ToZone(DateTime? value, int offsetMinutes)
    {
        if (value is not { } v) return null;
        if (v.Kind == DateTimeKind.Unspecified) return v;
        var utc = v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime();
        return DateTime.SpecifyKind(utc.AddMinutes(offsetMinutes), DateTimeKind.Unspecified);
    }

    /// <summary>The wall-clock time of an instant in the zone <paramref name="offsetMinutes"/> east of UTC.</summary>
    public static DateTime? ToZone(DateTimeOffset? value, int offsetMinutes) =>
        value is { } v ? v.ToOffset(TimeSpan.FromMinutes(offsetMinutes)).DateTime : null;
}
