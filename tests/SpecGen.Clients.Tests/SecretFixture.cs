using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// A fake gateway whose credentials are awkward on purpose: every value holds a space, <c>~</c>, <c>/</c>,
/// <c>+</c>, a quote and a non-ASCII letter where the scheme allows it, so each encoding spells it differently.
/// Every value contains the marker <c>SECRET</c>; every encoding but base64 keeps the marker readable.
/// </summary>
public sealed class SecretFixture : IAsyncLifetime
{
    public const string Marker = "SECRET";
    public const string Key = "key SECRET~/+é\"1";
    public const string Secret = "sec SECRET~/+é\"2";
    public const string Token = "tok-SECRET~/+=3";
    public const string User = "user SECRET@x";
    public const string Password = "pw SECRET~/+é\"4";

    public FakeGateway Gateway { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        var options = new FakeGatewayOptions { Token = Token, User = User, Password = Password };
        options.Fields["mocean-api-key"] = Key;
        options.Fields["mocean-api-secret"] = Secret;
        Gateway = await FakeGateway.StartAsync(RepoFiles.SpecDir, options);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Gateway.DisposeAsync();
    }

    public static string BasicValue => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(User + ":" + Password));

    public GatewayClientOptions Options(string provider, string version, List<string> lines, ListLogger logger)
    {
        Credentials credentials = provider switch
        {
            "mocean" => Credentials.ForFields(new KeyValuePair<string, string>("mocean-api-key", Key), new KeyValuePair<string, string>("mocean-api-secret", Secret)),
            "mobtexting" => Credentials.ForBearer(Token),
            _ => Credentials.ForBasic(User, Password),
        };
        return new GatewayClientOptions
        {
            BaseAddress = Gateway.BaseAddress(provider, version),
            Credentials = credentials,
            Timeout = TimeSpan.FromSeconds(10),
            Log = line => { lock (lines) lines.Add(line); },
            Logger = logger,
        };
    }
}

/// <summary>An <see cref="ILogger"/> that keeps every formatted message and every structured value.</summary>
public sealed class ListLogger : ILogger
{
    private readonly List<(EventId Id, LogLevel Level, string Text)> _entries = new();

    public IReadOnlyList<(EventId Id, LogLevel Level, string Text)> Entries
    {
        get
        {
            lock (_entries) return _entries.ToArray();
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var text = formatter(state, exception);
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var kv in values) text += " | " + kv.Key + "=" + kv.Value;
        }
        lock (_entries) _entries.Add((eventId, logLevel, text));
    }
}
