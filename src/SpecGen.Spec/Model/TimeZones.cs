using System.Globalization;

namespace SpecGen.Spec.Model
{
    /// <summary>
    /// The time zones a spec may give a date-time (<c>time_zone:</c>): <c>UTC</c> or a fixed UTC offset
    /// (<c>+08:00</c>). Fixed offsets only: the documents state "GMT +8:00", and a named zone would make
    /// generated code depend on the machine's time-zone database.
    /// </summary>
    public static class TimeZones
    {
        /// <summary>Parses <c>UTC</c>, <c>GMT</c>, <c>Z</c> or <c>±HH:MM</c> (hours 0-14, minutes 0-59) into minutes east of UTC.</summary>
        public static bool TryParseOffset(string text, out int minutes)
        {
            minutes = 0;
            if (text is null) return false;
            var t = text.Trim();
            if (t == "UTC" || t == "GMT" || t == "Z") return true;
            if (t.Length != 6 || (t[0] != '+' && t[0] != '-') || t[3] != ':') return false;
            if (!int.TryParse(t.Substring(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
                || !int.TryParse(t.Substring(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)) return false;
            if (h > 14 || m > 59 || (h == 14 && m > 0)) return false;
            minutes = (h * 60 + m) * (t[0] == '-' ? -1 : 1);
            return true;
        }
    }
}
