using System.Globalization;
using SpecGen.Spec.Model;
using static SpecGen.Generator.Emitters.GlobalNames;

namespace SpecGen.Generator.Emitters
{
    /// <summary>
    /// Emits <c>services.AddXxxClient(configuration)</c> and <c>services.AddXxxClient(options =&gt; ...)</c> for a spec's
    /// client. Only emitted when the compilation references SpecGen.Extensions (the generator checks), so a project
    /// without dependency injection compiles as before. The registration logic lives in SpecGen.Extensions; what is
    /// written here is the spec's part: the client's name, its credential keys and how to build it.
    /// </summary>
    internal static class DependencyInjectionEmitter
    {
        /// <summary>Whether the spec has a client to register (at least one endpoint).</summary>
        public static bool Applies(SpecModel model) => model.Operations.Any(o => !o.IsWebhook);

        public static void Emit(SourceWriter w, TypeMap map, SpecModel model)
        {
            var client = map.Plan.Client.Client;
            var keys = map.Plan.Client.CredentialKeys;
            var title = model.Header.Title ?? (model.Header.Provider + " " + model.Header.Version);
            var settings = string.Join(", ", keys.Concat(new[] { "BaseAddress", "Timeout", "ResponseFormat", "SendTokenInQuery", "MaxResponseBytes", "Retry" }));

            w.Doc("Registers " + client + " (" + title + ") with dependency injection: a typed client of IHttpClientFactory with its own named options (\"" + client + "\"), validated at start-up.");
            w.Line(Generated.Attribute);
            w.Open("public static class " + map.Plan.Client.ServiceExtensions);

            var keyArray = keys.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", keys.Select(CSharp.Literal)) + " }";
            var factory = keys.Count == 0 ? "null" : "static v => " + client + ".CreateCredentials(" + string.Join(", ", keys.Select((_, i) => "v[" + i.ToString(CultureInfo.InvariantCulture) + "]")) + ")";
            w.Lines($$"""
                /// <summary>
                /// Registers <see cref="{{client}}"/> with options bound from <paramref name="configuration"/>, e.g. <c>configuration.GetSection("{{CSharp.Pascal(model.Header.Provider)}}")</c>.
                /// Keys: {{SourceWriter.Escape(settings)}}. Credentials may come from any configuration source (user-secrets, environment); they are never logged.
                /// </summary>
                /// <returns>The HttpClient builder, to add handlers such as <c>AddStandardResilienceHandler()</c>.</returns>
                public static {{Di}}IHttpClientBuilder Add{{client}}(this {{Di}}IServiceCollection services, global::Microsoft.Extensions.Configuration.IConfiguration configuration) =>
                    {{Ext}}GatewayClientServices.AddGatewayClient(services, Descriptor(), configuration);

                /// <summary>Registers <see cref="{{client}}"/> with options set in code (e.g. <c>o.Credentials = {{client}}.CreateCredentials(...)</c>).</summary>
                /// <returns>The HttpClient builder, to add handlers such as <c>AddStandardResilienceHandler()</c>.</returns>
                public static {{Di}}IHttpClientBuilder Add{{client}}(this {{Di}}IServiceCollection services, global::System.Action<{{Http}}GatewayClientOptions> configure) =>
                    {{Ext}}GatewayClientServices.AddGatewayClient(services, Descriptor(), configure);

                private static {{Ext}}GatewayClientDescriptor<{{client}}> Descriptor() =>
                    new {{Ext}}GatewayClientDescriptor<{{client}}>({{CSharp.Literal(client)}}, {{keyArray}}, {{factory}}, static (http, options) => new {{client}}(http, options));
                """);
            w.Close();
        }
    }
}
