using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>One fake gateway per test class, and clients of every spec pointed at it.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public FakeGateway Gateway { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public List<string> LogLines { get; } = new();

    public async Task InitializeAsync() => Gateway = await FakeGateway.StartAsync(RepoFiles.SpecDir);

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Gateway.DisposeAsync();
    }

    /// <summary>Options for a spec's client: the gateway's base URL, the credentials it accepts, a short timeout.</summary>
    public GatewayClientOptions Options(string provider, string version, Action<GatewayClientOptions>? configure = null)
    {
        var spec = Gateway.Spec(provider, version);
        Credentials? credentials = spec.Header.Auth?.Scheme switch
        {
            "fields" => Credentials.ForFields(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(spec.Header.Auth.Fields, f => new KeyValuePair<string, string>(f.Name, Gateway.Options.ExpectedField(f.Name))))),
            "bearer" => Credentials.ForBearer(Gateway.Options.Token),
            "basic" => Credentials.ForBasic(Gateway.Options.User, Gateway.Options.Password),
            _ => null,
        };
        var options = new GatewayClientOptions
        {
            BaseAddress = Gateway.BaseAddress(provider, version),
            Credentials = credentials,
            Timeout = TimeSpan.FromSeconds(10),
            Log = line => { lock (LogLines) LogLines.Add(line); },
        };
        configure?.Invoke(options);
        return options;
    }

    public Mocean.V2.MoceanV2Client MoceanV2(Action<GatewayClientOptions>? configure = null) => new(Http, Options("mocean", "v2", configure));

    public Mocean.V1.MoceanV1Client MoceanV1(Action<GatewayClientOptions>? configure = null) => new(Http, Options("mocean", "v1", configure));

    public Oca.V1.OcaV1Client OcaV1(Action<GatewayClientOptions>? configure = null) => new(Http, Options("oca", "v1", configure));

    public Mobtexting.V2.MobtextingV2Client MobtextingV2(Action<GatewayClientOptions>? configure = null) => new(Http, Options("mobtexting", "v2", configure));
}
