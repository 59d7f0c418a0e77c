using System.Diagnostics.CodeAnalysis;

namespace SpecGen.Runtime.Wire;

/// <summary>A parsed value, or a typed error saying why the input could not be read. Never an exception.</summary>
public readonly struct ParseResult<T> where T : class
{
    private ParseResult(T? value, WireError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value when parsing succeeded.</summary>
    public T? Value { get; }

    /// <summary>The error when it did not.</summary>
    public WireError? Error { get; }

    /// <summary>True when <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Value is not null;

    /// <summary>A success.</summary>
    public static ParseResult<T> Ok(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static ParseResult<T> Fail(string message, string? path = null) => new(null, new WireError(message, path));

    /// <summary>"Success: " and the value, or "Failure: " and what was wrong (and where), for logs and test output.</summary>
    public override string ToString() => Success ? "Success: " + Value : "Failure: " + Error;
}

/// <summary>Why wire data could not be read.</summary>
/// <param name="Message">What was wrong.</param>
/// <param name="Path">Where, when known.</param>
public sealed record WireError(string Message, string? Path)
{
    /// <summary>The message, with the path when known ("… (at messages[0].msgid)").</summary>
    public override string ToString() => Path is null ? Message : Message + " (at " + Path + ")";
}
