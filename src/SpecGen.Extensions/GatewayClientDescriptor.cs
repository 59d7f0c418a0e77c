using SpecGen.Runtime.Http;

namespace SpecGen.Extensions;

/// <summary>
/// What the DI helpers need to know about one generated client: its name (also the name of its options
/// and of its HttpClient), the configuration keys of its credentials and how to build it. The generator
/// writes one per spec; everything else lives here, so the generated code stays a few lines.
/// </summary>
/// <typeparam name="TClient">The generated client type.</typeparam>
public sealed class GatewayClientDescriptor<TClient>
    where TClient : class
{
    /// <summary>Describes a client.</summary>
    /// <param name="name">The client's name: the options name, the HttpClient name (e.g. <c>AcmeV1Client</c>).</param>
    /// <param name="credentialKeys">Configuration keys of the credential values, in the order <paramref name="createCredentials"/> takes them; empty when the spec has no auth.</param>
    /// <param name="createCredentials">Builds the credentials from the values of <paramref name="credentialKeys"/>.</param>
    /// <param name="createClient">Builds the client over a factory-made HttpClient and its own options.</param>
    public GatewayClientDescriptor(string name, IReadOnlyList<string> credentialKeys, Func<IReadOnlyList<string>, Credentials>? createCredentials, Func<HttpClient, GatewayClientOptions, TClient> createClient)
    {
        Name = string.IsNullOrEmpty(name) ? throw new ArgumentException("A client needs a name.", nameof(name)) : name;
        CredentialKeys = credentialKeys ?? throw new ArgumentNullException(nameof(credentialKeys));
        CreateCredentials = createCredentials;
        CreateClient = createClient ?? throw new ArgumentNullException(nameof(createClient));
        if (credentialKeys.Count > 0 && createCredentials is null) throw new ArgumentException("Credential keys need a factory.", nameof(createCredentials));
    }

    /// <summary>The options name and the HttpClient name.</summary>
    public string Name { get; }

    /// <summary>Configuration keys of the credential values (e.g. <c>ApiKey</c>, <c>ApiSecret</c>; <c>Token</c>; <c>User</c>, <c>Password</c>).</summary>
    public IReadOnlyList<string> CredentialKeys { get; }

    /// <summary>Builds the credentials from the configured values.</summary>
    public Func<IReadOnlyList<string>, Credentials>? CreateCredentials { get; }

    /// <summary>Builds the client.</summary>
    public Func<HttpClient, GatewayClientOptions, TClient> CreateClient { get; }
}
