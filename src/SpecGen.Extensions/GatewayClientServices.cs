using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpecGen.Runtime.Http;

namespace SpecGen.Extensions;

/// <summary>
/// Registers a generated client the IHttpClientFactory way: a typed client over a named HttpClient, with
/// options of its own (named after the client, so two clients never share credentials), validated at start-up.
/// The generated <c>services.AddXxxClient(...)</c> extensions call these.
/// </summary>
public static class GatewayClientServices
{
    /// <summary>Registers the client with options bound from <paramref name="configuration"/> (a section such as <c>configuration.GetSection("Acme")</c>).</summary>
    /// <returns>The HttpClient builder, to add handlers (e.g. <c>AddStandardResilienceHandler()</c>).</returns>
    public static IHttpClientBuilder AddGatewayClient<TClient>(this IServiceCollection services, GatewayClientDescriptor<TClient> client, IConfiguration configuration)
        where TClient : class
    {
        if (configuration is null) throw new ArgumentNullException(nameof(configuration));
        var section = configuration is IConfigurationSection s ? s.Path : null;
        var builder = Add(services, client, section);
        services.AddOptions<GatewayClientOptions>(client.Name).Configure(options => GatewayClientConfiguration.Bind(configuration, options, client));
        return builder;
    }

    /// <summary>Registers the client with options set in code.</summary>
    /// <returns>The HttpClient builder, to add handlers (e.g. <c>AddStandardResilienceHandler()</c>).</returns>
    public static IHttpClientBuilder AddGatewayClient<TClient>(this IServiceCollection services, GatewayClientDescriptor<TClient> client, Action<GatewayClientOptions> configure)
        where TClient : class
    {
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        var builder = Add(services, client, null);
        services.AddOptions<GatewayClientOptions>(client.Name).Configure(configure);
        return builder;
    }

    private static bool HasValidator(IServiceCollection services, string name)
    {
        foreach (var service in services)
        {
            if (!service.IsKeyedService && service.ImplementationInstance is GatewayClientOptionsValidator validator && validator.Name == name) return true;
        }
        return false;
    }

    private static IHttpClientBuilder Add<TClient>(IServiceCollection services, GatewayClientDescriptor<TClient> client, string? section)
        where TClient : class
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (client is null) throw new ArgumentNullException(nameof(client));
        services.AddOptions<GatewayClientOptions>(client.Name).ValidateOnStart();
        // One validator per client name (TryAddEnumerable would keep only the first client's: it compares implementation types).
        if (!HasValidator(services, client.Name)) services.AddSingleton<IValidateOptions<GatewayClientOptions>>(new GatewayClientOptionsValidator(client.Name, client.CredentialKeys, section));
        return services.AddHttpClient(client.Name)
            // A redirect would resend the request (and its credentials) to wherever the gateway points; the transport sees the 3xx instead.
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The transport applies GatewayClientOptions.Timeout per attempt; HttpClient's own 100 s would cut across it.
            .ConfigureHttpClient(static http => http.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's default loggers write request URLs, and GET calls may carry credential fields in the query:
            // they are removed. The transport's own log (GatewayClientOptions.Log) redacts credentials.
            .RemoveAllLoggers()
            .AddTypedClient<TClient>((http, provider) => client.CreateClient(http, provider.GetRequiredService<IOptionsMonitor<GatewayClientOptions>>().Get(client.Name)));
    }
}
