using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SpecGen.Runtime.Wire;

/// <summary>Writes and parses whole JSON documents for generated types.</summary>
public static class JsonText
{
    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the UTF-8 text as a string.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Parses a JSON object with a generated streaming reader; a typed error for anything else. Never throws.
    /// Bad input is described by <see cref="JsonDocument"/>'s own messages, as before the readers streamed.
    /// </summary>
    public static ParseResult<T> ParseObject<T>(string? json, JsonObjectReader<T> read) where T : class
    {
        if (string.IsNullOrWhiteSpace(json)) return ParseResult<T>.Fail("the body is empty");
        // Sized to the text (stack memory is zeroed: a fixed large buffer would cost more than it saves).
        Span<byte> scratch = json!.Length <= Utf8Text.MaxScratchChars ? stackalloc byte[Utf8Text.ScratchFor(json!.Length)] : default;
        using (var utf8 = Utf8Text.From(json!, scratch))
        {
            if (utf8.IsValid)
            {
                try
                {
                    var r = JsonRead.Reader(utf8.Span);
                    if (r.Read() && r.TokenType == JsonTokenType.StartObject)
                    {
                        var state = new JsonReadState();
                        var value = read(ref r, ref state);
                        JsonRead.End(ref r);
                        return value is not null ? ParseResult<T>.Ok(value) : ParseResult<T>.Fail("the object is not of a known kind");
                    }
                }
                catch (JsonException)
                {
                    // Described below, by the document parser.
                }
                catch (InvalidOperationException e)
                {
                    // An escaped lone surrogate ("\ud800") is valid JSON but no string: reading it throws this.
                    return NotText<T>(e);
                }
            }
        }
        return Describe<T>(json!);
    }

    /// <summary>Why <paramref name="json"/> is not a readable object, as <see cref="JsonDocument"/> says it.</summary>
    internal static ParseResult<T> Describe<T>(string json) where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(json, JsonValues.Options);
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? ParseResult<T>.Fail("expected a JSON object, found " + document.RootElement.ValueKind)
                : ParseResult<T>.Fail("the object is not of a known kind");
        }
        catch (Exception e) when (IsBadInput(e))
        {
            return Failure<T>(e);
        }
    }

    /// <summary>
    /// True for what reading JSON text throws on bad input: <see cref="JsonException"/> (not JSON),
    /// <see cref="ArgumentException"/> (a string that is not valid UTF-16: a lone surrogate) and
    /// <see cref="InvalidOperationException"/> (an escaped lone surrogate, <c>"\ud800"</c>, read as a string).
    /// </summary>
    internal static bool IsBadInput(Exception e) => e is JsonException or ArgumentException or InvalidOperationException;

    /// <summary>The typed failure for an exception <see cref="IsBadInput"/> accepts: one wording for every JSON reader.</summary>
    internal static ParseResult<T> Failure<T>(Exception e) where T : class => e switch
    {
        JsonException json => ParseResult<T>.Fail("the body is not valid JSON: " + json.Message, json.Path),
        InvalidOperationException notText => NotText<T>(notText),
        _ => ParseResult<T>.Fail("the body is not valid text: " + e.Message),
    };

    /// <summary>The failure for a string escape that is no text.</summary>
    internal static ParseResult<T> NotText<T>(InvalidOperationException e) where T : class =>
        ParseResult<T>.Fail("the body holds a string that is not text: " + e.Message);

    /// <summary>
    /// Reads <paramref name="json"/> with <paramref name="read"/> on its root value, tolerating drift; null when the text
    /// is not JSON or the value is unreadable. Throws <see cref="InvalidOperationException"/> for a string escape that is no text.
    /// </summary>
    internal static T? ReadTolerant<T>(ReadOnlySpan<byte> json, JsonObjectReader<T> read) where T : class
    {
        try
        {
            var r = JsonRead.Reader(json);
            if (!r.Read()) return null;
            var state = new JsonReadState();
            var value = read(ref r, ref state);
            JsonRead.End(ref r);
            return value;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
