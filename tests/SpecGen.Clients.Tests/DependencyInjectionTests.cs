using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Mocean.V2;   // AddMoceanV2Client
using Oca.V1;      // AddOcaV1Client
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// The generated services.AddXxxClient(...) extensions (emitted because this project references SpecGen.Extensions):
/// typed clients from IHttpClientFactory, options and credentials per client, start-up validation, no secret in logs,
/// and the standard resilience handler added without ever retrying a send.
/// </summary>
public sealed class DependencyInjectionTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture _f;

    public DependencyInjectionTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    private FakeGatewayOptions Expected => _f.Gateway.Options;

    /// <summary>Configuration as appsettings.json + user-secrets would give it: one section per gateway.</summary>
    private IConfiguration Configuration(params (string Key, string? Value)[] extra)
    {
        var values = new Dictionary<string, string?>
        {
            ["Mocean:BaseAddress"] = _f.Gateway.BaseAddress("mocean", "v2").ToString(),
            ["Mocean:ApiKey"] = Expected.ExpectedField("mocean-api-key"),
            ["Mocean:ApiSecret"] = Expected.ExpectedField("mocean-api-secret"),
            ["Mocean:Timeout"] = "00:00:10",
            ["Oca:BaseAddress"] = _f.Gateway.BaseAddress("oca", "v1").ToString(),
            ["Oca:User"] = Expected.User,
            ["Oca:Password"] = Expected.Password,
        };
        foreach (var (key, value) in extra) values[key] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    [Fact]
    public async Task Two_clients_registered_side_by_side_get_their_own_options_and_credentials()
    {
        var configuration = Configuration();
        var services = new ServiceCollection();
        services.AddMoceanV2Client(configuration.GetSection("Mocean"));
        services.AddOcaV1Client(configuration.GetSection("Oca"));
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        provider.GetRequiredService<IStartupValidator>().Validate();

        var mocean = provider.GetRequiredService<Mocean.V2.MoceanV2Client>();
        var oca = provider.GetRequiredService<Oca.V1.OcaV1Client>();
        Assert.NotSame(mocean.Transport.Options, oca.Transport.Options);
        Assert.Equal("fields", mocean.Transport.Options.Credentials!.Scheme);
        Assert.Equal("basic", oca.Transport.Options.Credentials!.Scheme);
        Assert.Equal(TimeSpan.FromSeconds(10), mocean.Transport.Options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(100), oca.Transport.Options.Timeout);   // the default, unless configured
        Assert.Null(mocean.Transport.Options.Retry);                              // the client's own retry is off by default

        using var sms = await mocean.SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "di" });
        using var otp = await oca.SendSmsAsync(new Oca.V1.SendSmsRequest { Phone = "62812", Message = "di" });
        Assert.True(sms.IsSuccess, sms.ToString());
        Assert.True(otp.IsSuccess, otp.ToString());

        var moceanRequest = _f.Gateway.Requests.Last(r => r.SpecId == "mocean/v2" && r.Operation == "send_sms");
        var ocaRequest = _f.Gateway.Requests.Last(r => r.SpecId == "oca/v1" && r.Operation == "send_sms");
        Assert.Contains("mocean-api-key=" + Expected.ExpectedField("mocean-api-key"), moceanRequest.Body);
        Assert.False(moceanRequest.Headers.ContainsKey("Authorization"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Expected.User + ":" + Expected.Password)), ocaRequest.Headers["Authorization"]);
        Assert.DoesNotContain("mocean", ocaRequest.Body + ocaRequest.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_options_overload_sets_credentials_in_code()
    {
        var services = new ServiceCollection();
        services.AddOcaV1Client(o =>
        {
            o.BaseAddress = _f.Gateway.BaseAddress("oca", "v1");
            o.Credentials = Oca.V1.OcaV1Client.CreateCredentials(Expected.User, Expected.Password);
        });
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        using var result = await provider.GetRequiredService<Oca.V1.OcaV1Client>().SendSmsAsync(new Oca.V1.SendSmsRequest { Phone = "62812", Message = "code" });
        Assert.True(result.IsSuccess, result.ToString());
    }

    [Fact]
    public void Start_up_validation_names_a_missing_credential_and_never_prints_a_configured_one()
    {
        var configuration = Configuration(("Mocean:ApiKey", "SECRET-KEY-4711"), ("Mocean:ApiSecret", null));
        var services = new ServiceCollection();
        services.AddMoceanV2Client(configuration.GetSection("Mocean"));
        services.AddOcaV1Client(configuration.GetSection("Nowhere"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<AggregateException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var messages = string.Join("\n", error.InnerExceptions.Select(e => e.Message));
        Assert.Contains("MoceanV2Client: credentials incomplete: Mocean:ApiSecret not set", messages);
        Assert.Contains("OcaV1Client: no credentials. Set Nowhere:User and Nowhere:Password", messages);
        Assert.DoesNotContain("SECRET-KEY-4711", messages);
    }

    [Fact]
    public void A_bad_setting_fails_start_up_naming_its_key()
    {
        var services = new ServiceCollection();
        services.AddMoceanV2Client(Configuration(("Mocean:Timeout", "soon")).GetSection("Mocean"));
        using var provider = services.BuildServiceProvider();
        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Mocean:Timeout is not a time span", error.ToString());
    }

    [Fact]
    public void The_primary_handler_does_not_follow_redirects()
    {
        var services = new ServiceCollection();
        services.AddMoceanV2Client(Configuration().GetSection("Mocean"));
        using var provider = services.BuildServiceProvider();
        HttpMessageHandler? handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler("MoceanV2Client");
        while (handler is DelegatingHandler delegating) handler = delegating.InnerHandler;
        var primary = Assert.IsType<SocketsHttpHandler>(handler);
        Assert.False(primary.AllowAutoRedirect);
        Assert.Equal(System.Threading.Timeout.InfiniteTimeSpan, provider.GetRequiredService<IHttpClientFactory>().CreateClient("MoceanV2Client").Timeout);
    }

    [Fact]
    public async Task Credentials_from_configuration_never_reach_the_logs()
    {
        // As on .NET 8, where the factory's loggers print whole URLs: without this switch .NET 9+ redacts query strings
        // itself, and the test could not tell whether the registration removed those loggers.
        AppContext.SetSwitch("System.Net.Http.DisableUriRedaction", true);
        var lines = new List<string>();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(lines)));
        services.AddMoceanV2Client(Configuration().GetSection("Mocean"));
        await using var provider = services.BuildServiceProvider();
        // A GET: the credential fields travel in the query string, where the factory's default loggers would print them.
        using var result = await provider.GetRequiredService<Mocean.V2.MoceanV2Client>().BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Contains("mocean-api-secret=" + Expected.ExpectedField("mocean-api-secret"), _f.Gateway.Requests.Last(r => r.SpecId == "mocean/v2" && r.Operation == "balance").Query);
        lock (lines)
        {
            Assert.DoesNotContain(lines, l => l.Contains(Expected.ExpectedField("mocean-api-secret"), StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains(Expected.ExpectedField("mocean-api-key"), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_standard_resilience_handler_retries_reads_but_never_a_send()
    {
        var services = new ServiceCollection();
        services.AddMoceanV2Client(Configuration().GetSection("Mocean"))
            .AddStandardResilienceHandler(o =>
            {
                o.Retry.DisableForUnsafeHttpMethods();   // POST, PUT, PATCH, DELETE, CONNECT: a retried send could deliver twice
                o.Retry.Delay = TimeSpan.Zero;
                o.Retry.MaxRetryAttempts = 2;
            });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<Mocean.V2.MoceanV2Client>();
        Assert.Null(client.Transport.Options.Retry);

        _f.Gateway.ClearRecords();
        _f.Gateway.Inject(Fault.ServerError(503), "send_sms");
        using var send = await client.SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "once" });
        Assert.False(send.IsSuccess);
        Assert.Equal(1, _f.Gateway.Count("mocean/v2/send_sms"));

        _f.Gateway.Inject(Fault.ServerError(503), "balance", times: 1);
        using var balance = await client.BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.True(balance.IsSuccess, balance.ToString());                 // the GET was retried by the handler
        Assert.Equal(2, _f.Gateway.Count("mocean/v2/balance"));
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines, categoryName);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines) lines.Add(category + " " + formatter(state, exception) + " " + state + " " + exception);
            }
        }
    }
}
