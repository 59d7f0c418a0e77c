using System.Globalization;
using System.Text.Json;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// The <see cref="StatusRule"/> half of the strict check, on the bytes with a <see cref="Utf8JsonReader"/>: true when
/// every success (or accepted item) carries the fields the spec requires of it. False means "look closer": the caller
/// then runs <see cref="WireShapeChecker"/> on a document, which says what is missing and where. No strings are
/// built for a body that passes.
/// </summary>
internal static class WireStatusScan
{
    /// <param name="json">The body.</param>
    /// <param name="status">The rule.</param>
    /// <param name="holder">
    /// Where the body's top-level names are kept, if its owner keeps them: the walk of the item rule reads every
    /// top-level member anyway, and notes their names there so that nobody scans the body for them again.
    /// </param>
    public static bool Passes(ReadOnlySpan<byte> json, StatusRule status, ITopLevelNamesHolder? holder = null)
    {
        if (status.Requires.Count == 0) return true;
        if (status.FlatNames.Length > 64) return false;
        TopLevelNames? names = null;
        try
        {
            var r = JsonRead.Reader(json);
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject) return false;
            if (status.Items is null) return ObjectPasses(ref r, status);
            if (holder is not null && holder.Names is null) names = TopLevelNames.ForObject();
            var passes = true;
            while (JsonRead.NextProperty(ref r))
            {
                names?.Note(ref r);
                var isItems = JsonRead.NameIs(ref r, status.Items);
                r.Read();
                if (!isItems || r.TokenType != JsonTokenType.StartArray)
                {
                    r.Skip();
                    continue;
                }
                while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                {
                    if (r.TokenType == JsonTokenType.StartObject) passes &= ObjectPasses(ref r, status);
                    else r.Skip();
                }
            }
            names?.End();
            return passes;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        finally
        {
            // Names noted before an unreadable token stay known, as a scan of its own would have left them.
            if (names is not null) holder!.Names = names;
        }
    }

    /// <summary>One object (the reader on its start, left on its end): not a success, or a success with every required field.</summary>
    private static bool ObjectPasses(ref Utf8JsonReader r, StatusRule status)
    {
        var names = status.FlatNames;
        var present = 0UL;
        var codeSuccess = status.Code is null;
        while (JsonRead.NextProperty(ref r))
        {
            var matched = 0UL;
            for (var i = 0; i < names.Length; i++)
            {
                if (JsonRead.NameIs(ref r, names[i])) matched |= 1UL << i;
            }
            var isCode = status.Code is not null && JsonRead.NameIs(ref r, status.Code);
            r.Read();
            // The last member of a name counts, as in a document lookup: a later null or blank value clears an earlier one.
            if (isCode) codeSuccess = IsSuccess(ref r, status);
            if (matched != 0)
            {
                var has = r.TokenType switch
                {
                    JsonTokenType.Null => false,
                    JsonTokenType.String => HasText(ref r),
                    _ => true,
                };
                present = has ? present | matched : present & ~matched;
            }
            r.Skip();
        }
        if (!codeSuccess) return true;
        // A required field is there when any of its names is (the reader takes an alias when the documented name is absent).
        foreach (var mask in status.RequiredMasks)
        {
            if ((present & mask) == 0) return false;
        }
        return true;
    }

    private static bool IsSuccess(ref Utf8JsonReader r, StatusRule status)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.Number:
                // Numbers without a string: compared by value with the integer codes, and as written with the others.
                if (r.TryGetInt64(out var number) && Array.IndexOf(status.NumericSuccessCodes, number) >= 0) return true;
                foreach (var code in status.SuccessCodes)
                {
                    if (System.Text.Ascii.Equals(r.ValueSpan, code)) return true;
                }
                return false;
            case JsonTokenType.String: return WireShapeChecker.IsSuccess(r.GetString()!, status.SuccessCodes);
            case JsonTokenType.True: return WireShapeChecker.IsSuccess("true", status.SuccessCodes);
            case JsonTokenType.False: return WireShapeChecker.IsSuccess("false", status.SuccessCodes);
            default: return false;
        }
    }

    /// <summary>True when a string value is not blank (as <c>string.Trim</c> sees it).</summary>
    private static bool HasText(ref Utf8JsonReader r)
    {
        if (r.ValueIsEscaped) return r.GetString()!.Trim().Length > 0;
        foreach (var b in r.ValueSpan)
        {
            // Unescaped ASCII whitespace in a JSON string can only be a space; other bytes need string.Trim's view.
            if (b >= 0x80) return r.GetString()!.Trim().Length > 0;
            if (b != (byte)' ') return true;
        }
        return false;
    }
}
