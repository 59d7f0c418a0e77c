using System.Text.Json;

namespace SpecGen.Runtime.Wire;

/// <summary>
/// What a streaming read noticed besides the value: whether anything was off (a present value of the wrong JSON
/// type or out of range, a missing required field). The tolerant readers turn such values into null; the strict
/// response check (<see cref="ResponseBody"/>) then looks at the body again to say what and where. A read with no
/// drift fits its documented shape, so the common case never builds a document.
/// </summary>
public struct JsonReadState
{
    /// <summary>True when some value was unreadable or a required field was missing.</summary>
    public bool Drift { get; private set; }

    /// <summary>Records drift.</summary>
    public void Flag() => Drift = true;

    /// <summary>
    /// Where the read notes the body's top-level member names as it passes them (see
    /// <see cref="JsonRead.NextProperty(ref Utf8JsonReader, ref JsonReadState)"/>), when the body's owner wants them:
    /// the transport asks about them afterwards, and this walk is already over them.
    /// </summary>
    internal TopLevelNames? Names;
}

/// <summary>Reads an object (the reader on its <see cref="JsonTokenType.StartObject"/>, left on its end).</summary>
public delegate T? JsonObjectReader<T>(ref Utf8JsonReader reader, ref JsonReadState state) where T : class;

/// <summary>Reads one value (the reader on its first token, left on its last) into a value type, null when unreadable.</summary>
public delegate T? JsonValueReader<T>(ref Utf8JsonReader reader, ref JsonReadState state) where T : struct;
