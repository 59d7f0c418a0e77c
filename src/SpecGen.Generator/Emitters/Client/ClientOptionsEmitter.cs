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
        public sealed record Names(string Credentials, string Options, IReadOnlyList<string> Parameters);

        /// <summary>The factory parameters of a spec's auth scheme (the plan's <paramref name="parameters"/>): (parameter list, runtime expression), or null without auth.</summary>
        public static KeyValuePair<string, string>? Factory(SpecHeader header, IReadOnlyList<string> parameters)
        {
            var auth = header.Auth;
            if (auth is null) return null;
            var list = string.Join(", ", parameters.Select(n => "string " + n));
            switch (auth.Scheme)
            {
                case "fields":
                    var pairs = string.Join(", ", auth.Fields.Select((f, i) => "new global::System.Collections.Generic.KeyValuePair<string, string>(" + CSharp.Literal(f.Name) + ", " + parameters[i] + ")"));
                    return new KeyValuePair<string, string>(list, Http + "Credentials.ForFields(" + pairs + ")");
                case "bearer":
                    return new KeyValuePair<string, string>(list, Http + "Credentials.ForBearer(" + parameters[0] + ")");
                case "basic":
                    return new KeyValuePair<string, string>(list, Http + "Credentials.ForBasic(" + parameters[0] + ", " + parameters[1] + ")");
            }
            return null;
        }

        public static void Emit(SourceWriter w, SpecHeader header, string client, Names names)
        {
            var title = header.Title ?? (header.Provider + " " + header.Version);
            var factory = Factory(header, names.Parameters);
            if (factory is { } f)
            {
                var runtimeOptions = Http.Replace("global::", string.Empty) + "GatewayClientOptions";
                w.Lines($$"""

                    /// <summary>
                    /// Credentials of {{SourceWriter.Escape(title)}} (auth scheme {{SourceWriter.Escape(header.Auth!.Scheme)}}), made only by <see cref="Create"/>: a client of another
                    /// gateway does not accept them. Values never appear in ToString or logs.
                    /// </summary>
                    {{Generated.Attribute}}
                    public sealed class {{names.Credentials}}
                    {
                        private {{names.Credentials}}({{Http}}Credentials value) => Value = value;

                        /// <summary>The runtime credentials.</summary>
                        public {{Http}}Credentials Value { get; }

                        /// <summary>Creates the credentials of this spec's auth scheme.</summary>
                        public static {{names.Credentials}} Create({{f.Key}}) => new {{names.Credentials}}({{f.Value}});

                        /// <summary>The runtime credentials (for <see cref="{{runtimeOptions}}"/>).</summary>
                        public static implicit operator {{Http}}Credentials({{names.Credentials}} credentials) => credentials?.Value!;

                        /// <inheritdoc />
                        public override string ToString() => Value.ToString();
                    }
                    """);
            }

            w.Lines($$"""

                /// <summary>
                /// Settings of <see cref="{{client}}"/>: transport settings in <see cref="Gateway"/> (base URL, timeout, retries, log) and
                /// credentials typed for this spec only.
                /// </summary>
                {{Generated.Attribute}}
                """);
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
                w.Lines($$"""

                    /// <summary>The credentials (of this spec's auth scheme only).</summary>
                    public {{names.Credentials}}? Credentials
                    {
                        get => _credentials;
                        set { _credentials = value; Gateway.Credentials = value?.Value; }
                    }
                    """);
            }
            w.Close();
        }
    }
}
