using System;
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

    /// <summary>Parses a JSON object and reads it; a typed error for anything else. Never throws.</summary>
    public static ParseResult<T> ParseObject<T>(string? json, Func<JsonElement, T?> read) where T : class
    {
        if (string.IsNullOrWhiteSpace(json)) return ParseResult<T>.Fail("the body is empty");
        try
        {
            using var document = JsonDocument.Parse(json, JsonValues.Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return ParseResult<T>.Fail("expected a JSON object, found " + document.RootElement.ValueKind);
            return read(document.RootElement) is { } value ? ParseResult<T>.Ok(value) : ParseResult<T>.Fail("the object is not of a known kind");
        }
        catch (JsonException e)
        {
            return ParseResult<T>.Fail("the body is not valid JSON: " + e.Message, e.Path);
        }
        catch (ArgumentException e)
        {
            // JsonDocument.Parse(string) reports text that is not valid UTF-16 (a lone surrogate) this way.
            return ParseResult<T>.Fail("the body is not valid text: " + e.Message);
        }
        catch (InvalidOperationException e)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON but no string: reading it throws this.
            return ParseResult<T>.Fail("the body holds a string that is not text: " + e.Message);
        }
    }
}
