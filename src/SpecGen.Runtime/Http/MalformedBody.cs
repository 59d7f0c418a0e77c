namespace SpecGen.Runtime.Http;

/// <summary>
/// The body of a <see cref="ApiErrorKind.MalformedResponse"/>: the raw text as received (credential values
/// scrubbed), what was wrong and where, so the answer can be diagnosed. It is <see cref="ApiError.Body"/>.
/// </summary>
public sealed class MalformedBody
{
    /// <summary>Creates the body.</summary>
    public MalformedBody(string raw, string reason, string? path)
    {
        Raw = raw ?? string.Empty;
        Reason = reason ?? string.Empty;
        Path = path;
    }

    /// <summary>The body text as received, with configured credential values replaced.</summary>
    public string Raw { get; }

    /// <summary>What did not fit the documented shape.</summary>
    public string Reason { get; }

    /// <summary>Where in the body (e.g. <c>messages[0].status</c>), when known.</summary>
    public string? Path { get; }

    /// <inheritdoc />
    public override string ToString() => Path is null ? Reason : Path + ": " + Reason;
}
