using SpecGen.Runtime.Validation;

namespace SpecGen.Runtime.Http;

/// <summary>Refuses a call whose credentials cannot satisfy the spec's auth scheme, before anything is sent.</summary>
internal static class CredentialsCheck
{
    public static void Check(AuthInfo auth, Credentials? credentials, ref List<Violation>? violations)
    {
        if (auth.Scheme == "none") return;
        if (credentials is null)
        {
            (violations ??= new List<Violation>()).Add(new Violation("credentials", "required", "credentials are required (scheme " + auth.Scheme + ")"));
            return;
        }
        if (!string.Equals(credentials.Scheme, auth.Scheme, StringComparison.Ordinal))
        {
            (violations ??= new List<Violation>()).Add(new Violation("credentials", "scheme", "the spec's auth scheme is " + auth.Scheme + ", the credentials are " + credentials.Scheme));
            return;
        }
        for (var i = 0; i < auth.Fields.Count; i++)
        {
            var field = auth.Fields[i];
            if (!credentials.TryGetField(field.Name, out var value) || value.Length == 0)
            {
                (violations ??= new List<Violation>()).Add(new Violation("credentials." + field.Name, "required", "credential " + field.Name + " is required"));
            }
        }
    }
}
