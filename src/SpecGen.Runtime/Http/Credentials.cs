using System.Text;

namespace SpecGen.Runtime.Http;

/// <summary>
/// The secrets a client authenticates with: named credential fields (sent as ordinary parameters),
/// a bearer token, or an HTTP Basic user name and password. The values never appear in
/// <see cref="ToString"/>, in exception messages or in log lines: everything that prints a
/// credential prints <c>***</c> instead.
/// </summary>
public sealed class Credentials
{
    private readonly KeyValuePair<string, string>[] _fields;
    private readonly string? _token;
    private readonly string? _user;
    private readonly string? _password;

    private Credentials(string scheme, KeyValuePair<string, string>[] fields, string? token, string? user, string? password)
    {
        Scheme = scheme;
        _fields = fields;
        _token = token;
        _user = user;
        _password = password;
    }

    /// <summary><c>fields</c>, <c>bearer</c> or <c>basic</c> (the spec's auth scheme names).</summary>
    public string Scheme { get; }

    /// <summary>
    /// The fields form-encoded (<c>name=value&amp;…</c>), encoded on first use: every call of a client appends these
    /// bytes instead of encoding the same names and secrets again. The instance is immutable, so they never go stale.
    /// </summary>
    internal ReadOnlySpan<byte> FormEncodedFields => _formEncodedFields ??= EncodeFields();

    private byte[]? _formEncodedFields;

    private byte[] EncodeFields()
    {
        var form = new Wire.FormWriter(128, keepPairs: false);
        foreach (var pair in _fields) form.Add(pair.Key, pair.Value);
        var bytes = form.ToUtf8Bytes();
        form.Release();
        return bytes;
    }

    /// <summary>The names of the credential fields (never their values).</summary>
    public IReadOnlyList<string> FieldNames
    {
        get
        {
            var names = new string[_fields.Length];
            for (var i = 0; i < _fields.Length; i++) names[i] = _fields[i].Key;
            return names;
        }
    }

    /// <summary>Credentials sent as named parameters in the request's own encoding (form body, query string or JSON body).</summary>
    public static Credentials ForFields(params KeyValuePair<string, string>[] fields)
    {
        if (fields is null) throw new ArgumentNullException(nameof(fields));
        var copy = new KeyValuePair<string, string>[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (string.IsNullOrEmpty(fields[i].Key)) throw new ArgumentException("A credential field needs a name.", nameof(fields));
            copy[i] = new KeyValuePair<string, string>(fields[i].Key, fields[i].Value ?? string.Empty);
        }
        return new Credentials(AuthSchemes.Fields, copy, null, null, null);
    }

    /// <summary>A bearer token (sent in the Authorization header, or as a query parameter only when asked).</summary>
    public static Credentials ForBearer(string token)
    {
        if (string.IsNullOrEmpty(token)) throw new ArgumentException("The token is empty.", nameof(token));
        return new Credentials(AuthSchemes.Bearer, Array.Empty<KeyValuePair<string, string>>(), token, null, null);
    }

    /// <summary>HTTP Basic credentials (base64 of <c>user:password</c> in the Authorization header).</summary>
    public static Credentials ForBasic(string user, string password)
    {
        if (user is null) throw new ArgumentNullException(nameof(user));
        if (password is null) throw new ArgumentNullException(nameof(password));
        return new Credentials(AuthSchemes.Basic, Array.Empty<KeyValuePair<string, string>>(), null, user, password);
    }

    internal bool TryGetField(string name, out string value)
    {
        foreach (var pair in _fields)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }
        value = string.Empty;
        return false;
    }

    internal string? Token => _token;

    internal string BasicParameter() => Convert.ToBase64String(Encoding.UTF8.GetBytes((_user ?? string.Empty) + ":" + (_password ?? string.Empty)));

    /// <summary>Every secret value this instance holds (for redaction), longest first.</summary>
    internal IEnumerable<string> SecretValues()
    {
        var values = new List<string>();
        foreach (var pair in _fields)
        {
            if (pair.Value.Length > 0) values.Add(pair.Value);
        }
        if (!string.IsNullOrEmpty(_token)) values.Add(_token!);
        if (!string.IsNullOrEmpty(_password)) values.Add(_password!);
        if (!string.IsNullOrEmpty(_user)) values.Add(_user!);
        if (_user is not null) values.Add(BasicParameter());
        values.Sort((a, b) => b.Length.CompareTo(a.Length));
        return values;
    }

    /// <summary>The scheme and the field names; every value is shown as <c>***</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("Credentials { Scheme = ").Append(Scheme);
        foreach (var pair in _fields) sb.Append(", ").Append(pair.Key).Append(" = ***");
        if (_token is not null) sb.Append(", Token = ***");
        if (_user is not null) sb.Append(", User = ***, Password = ***");
        return sb.Append(" }").ToString();
    }
}

/// <summary>The auth scheme names of the spec language.</summary>
public static class AuthSchemes
{
    /// <summary>Credentials are ordinary parameters in the request's encoding.</summary>
    public const string Fields = "fields";

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public const string Bearer = "bearer";

    /// <summary>HTTP Basic.</summary>
    public const string Basic = "basic";
}
