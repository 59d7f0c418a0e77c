namespace SpecGen.Runtime.Http;

/// <summary>
/// The scrubber of the credentials currently in the options, built on first need (an error, a log line)
/// and reused while the same <see cref="Credentials"/> instance is configured. A successful call with no
/// log builds none.
/// </summary>
internal sealed class ScrubberCache
{
    private readonly AuthInfo _auth;
    private SecretScrubber? _current;

    public ScrubberCache(AuthInfo auth) => _auth = auth;

    public SecretScrubber For(Credentials? credentials)
    {
        if (credentials is null) return SecretScrubber.Empty;
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Credentials, credentials)) return current;
        var built = new SecretScrubber(credentials, _auth);
        Volatile.Write(ref _current, built);
        return built;
    }
}
