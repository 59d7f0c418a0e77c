using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecGen.Spec.Model;
using static SpecGen.Generator.Emitters.GlobalNames;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Emits the per-client credentials and options types: <c>XxxCredentials</c> (made only from this spec's
    /// auth scheme) and <c>XxxClientOptions</c> (whose <c>Credentials</c> is that type), so credentials of
    /// one gateway cannot be handed to another gateway's client: the compiler refuses it.
    /// </summary>
    internal static class ClientOptionsEmitter
    {
        /// <summary>The plan's names of the spec's credentials and options types.</summary>
        public sealed record Names(string Credentials, string Options);

        /// <summary>The factory parameters of a spec's auth scheme: (parameter list, runtime expression), or null without auth.</summary>
        public static KeyValuePair<string, string>? Factory(SpecHeader header)
        {
            var auth = header.Auth;
            if (auth is null) return null;
            switch (auth.Scheme)
            {
                case "fields":
                {
                    var names = new List<string>();
                    var used = new HashSet<string>(System.StringComparer.Ordinal) { "httpClient", "options" };
                    foreach (var f in auth.Fields)
                    {
                        var wire = f.Name;
                        var strip = header.StripPrefix;
                        if (strip is not null && wire.StartsWith(strip, System.StringComparison.Ordinal) && wire.Length > strip.Length) wire = wire.Substring(strip.Length);
                        var local = CSharp.Local(CSharp.Pascal(wire));
                        var candidate = local;
                        for (var i = 2; !used.Add(candidate); i++) candidate = local + i.ToString(CultureInfo.InvariantCulture);
                        names.Add(candidate);
                    }
                    var parameters = string.Join(", ", names.Select(n => "string " + n));
                    var pairs = string.Join(", ", auth.Fields.Select((f, i) => "new global::System.Collections.Generic.KeyValuePair<string, string>(" + CSharp.Literal(f.Name) + ", " + names[i] + ")"));
                    return new KeyValuePair<string, string>(parameters, Http + "Credentials.ForFields(" + pairs + ")");
                }
                case "bearer":
                    return new KeyValuePair<string, string>("string token", Http + "Credentials.ForBearer(token)");
                case "basic":
                    return new KeyValuePair<string, string>("string user, string password", Http + "Credentials.ForBasic(user, password)");
            }
            return null;
        }

        public static void Emit(SourceWriter w, SpecHeader header, string client, Names names)
        {
            var title = header.Title ?? (header.Provider + " " + header.Version);
            var factory = Factory(header);
            if (factory is { } f)
            {
                w.Line();
                w.Line("/// <summary>");
                w.Line("/// Credentials of " + SourceWriter.Escape(title) + " (auth scheme " + SourceWriter.Escape(header.Auth!.Scheme) + "), made only by <see cref=\"Create\"/>: a client of another");
                w.Line("/// gateway does not accept them. Values never appear in ToString or logs.");
                w.Line("/// </summary>");
                w.Line(Generated.Attribute);
                w.Open("public sealed class " + names.Credentials);
                w.Line("private " + names.Credentials + "(" + Http + "Credentials value) => Value = value;");
                w.Line();
                w.Line("/// <summary>The runtime credentials.</summary>");
                w.Line("public " + Http + "Credentials Value { get; }");
                w.Line();
                w.Line("/// <summary>Creates the credentials of this spec's auth scheme.</summary>");
                w.Line("public static " + names.Credentials + " Create(" + f.Key + ") => new " + names.Credentials + "(" + f.Value + ");");
                w.Line();
                w.Line("/// <summary>The runtime credentials (for <see cref=\"" + Http.Replace("global::", string.Empty) + "GatewayClientOptions\"/>).</summary>");
                w.Line("public static implicit operator " + Http + "Credentials(" + names.Credentials + " credentials) => credentials?.Value!;");
                w.Line();
                w.Line("/// <inheritdoc />");
                w.Line("public override string ToString() => Value.ToString();");
                w.Close();
            }

            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Settings of <see cref=\"" + client + "\"/>: transport settings in <see cref=\"Gateway\"/> (base URL, timeout, retries, log) and");
            w.Line("/// credentials typed for this spec only.");
            w.Line("/// </summary>");
            w.Line(Generated.Attribute);
            w.Open("public sealed class " + names.Options);
            if (factory is not null)
            {
                w.Line("private " + names.Credentials + "? _credentials;");
                w.Line();
            }
            w.Line("/// <summary>Base URL, response format, timeout, retry policy, size limit and log of the transport.</summary>");
            w.Line("public " + Http + "GatewayClientOptions Gateway { get; } = new " + Http + "GatewayClientOptions();");
            if (factory is not null)
            {
                w.Line();
                w.Line("/// <summary>The credentials (of this spec's auth scheme only).</summary>");
                w.Open("public " + names.Credentials + "? Credentials");
                w.Line("get => _credentials;");
                w.Line("set { _credentials = value; Gateway.Credentials = value?.Value; }");
                w.Close();
            }
            w.Close();
        }
    }
}
