using System;
using System.Collections.Generic;
using System.Text;

namespace SpecGen.Runtime.Http;

/// <summary>Replaces credential values in text (URLs, messages, log lines) by <c>***</c>.</summary>
internal sealed class Redactor
{
    private const string Mask = "***";
    private readonly List<string> _secrets = new();
    private readonly HashSet<string> _parameterNames = new(StringComparer.Ordinal);

    public Redactor(AuthInfo auth, Credentials? credentials)
    {
        foreach (var f in auth.Fields) _parameterNames.Add(f.Name);
        if (auth.QueryParameter is { } q) _parameterNames.Add(q);
        if (credentials is not null)
        {
            foreach (var name in credentials.FieldNames) _parameterNames.Add(name);
            foreach (var secret in credentials.SecretValues())
            {
                // Very short values would blank unrelated characters; they are still masked as parameters.
                if (secret.Length >= 3) _secrets.Add(secret);
                var escaped = Uri.EscapeDataString(secret);
                if (escaped != secret && escaped.Length >= 3) _secrets.Add(escaped);
            }
        }
    }

    /// <summary>Masks credential values in free text.</summary>
    public string Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var result = text!;
        foreach (var secret in _secrets)
        {
            if (result.IndexOf(secret, StringComparison.Ordinal) >= 0) result = result.Replace(secret, Mask);
        }
        return result;
    }

    /// <summary>Masks the values of credential query parameters, then any secret left.</summary>
    public string Url(Uri url)
    {
        var text = url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        var query = url.Query;
        if (query.Length > 1)
        {
            var sb = new StringBuilder(text).Append('?');
            var first = true;
            foreach (var pair in query.Substring(1).Split('&'))
            {
                if (!first) sb.Append('&');
                first = false;
                var eq = pair.IndexOf('=');
                var name = eq < 0 ? pair : pair.Substring(0, eq);
                if (eq >= 0 && _parameterNames.Contains(Uri.UnescapeDataString(name.Replace('+', ' ')))) sb.Append(name).Append('=').Append(Mask);
                else sb.Append(pair);
            }
            text = sb.ToString();
        }
        return Text(text);
    }
}
