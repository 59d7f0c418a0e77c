using System.Globalization;
using SpecGen.Generator.Emitters;
using SpecGen.Spec.Model;

namespace SpecGen.Generator.Plan
{
    /// <summary>
    /// The C# names of a spec's credentials: the configuration keys the DI extensions bind (<c>ApiKey</c>, <c>Token</c>,
    /// <c>User</c>…) and the parameters of the credentials factory (<c>apiKey</c>, <c>token</c>…). A field's name is its
    /// auth field without the spec's <c>strip_prefix</c>, numbered when two fields would share one.
    /// </summary>
    internal static class CredentialNames
    {
        public static (EquatableArray<string> Keys, EquatableArray<string> Parameters) Of(SpecHeader header)
        {
            var auth = header.Auth;
            if (auth is null) return (EquatableArray<string>.Empty, EquatableArray<string>.Empty);
            switch (auth.Scheme)
            {
                case "fields":
                    var keys = new List<string>();
                    var parameters = new List<string>();
                    var usedKeys = new HashSet<string>(StringComparer.Ordinal);
                    // The factory's parameters must not shadow the client constructor's.
                    var usedParameters = new HashSet<string>(StringComparer.Ordinal) { "httpClient", "options" };
                    foreach (var f in auth.Fields)
                    {
                        var key = CSharp.Pascal(Naming.WithoutPrefix(f.Name, header.StripPrefix));
                        keys.Add(Numbered(key, usedKeys));
                        parameters.Add(Numbered(CSharp.Local(key), usedParameters));
                    }
                    return (EquatableArray.From(keys), EquatableArray.From(parameters));
                case "bearer":
                    return (EquatableArray.From(new[] { "Token" }), EquatableArray.From(new[] { "token" }));
                case "basic":
                    return (EquatableArray.From(new[] { "User", "Password" }), EquatableArray.From(new[] { "user", "password" }));
                default:
                    return (EquatableArray<string>.Empty, EquatableArray<string>.Empty);
            }
        }

        /// <summary><paramref name="name"/>, or with the first free number from 2 (no number for the first).</summary>
        private static string Numbered(string name, HashSet<string> used)
        {
            var candidate = name;
            for (var i = 2; !used.Add(candidate); i++) candidate = name + i.ToString(CultureInfo.InvariantCulture);
            return candidate;
        }
    }
}
