using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Runtime.Validation;
using SpecGen.Runtime.Wire;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>Idempotency by method and spec, the spec's method override, and the transport over a stub handler.</summary>
public sealed class TransportBehaviourTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture _f;

    public TransportBehaviourTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    private static OperationInfo Op(string method, bool? idempotent = null) =>
        new(method.ToLowerInvariant() + "_op", method, "form", new[]
        {
            new ResponseCase(ResponseOutcome.Success, new[] { 200 }, null, null, static (text, format) => ResponseReaders.Box(Mobtexting.V2.BalanceResponse.FromJson(text)), Array.Empty<string>(), null, null),
        }, null, false) { Idempotent = idempotent };

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("get", true)]
    [InlineData("POST", false)]
    [InlineData("PUT", false)]
    [InlineData("PATCH", false)]
    [InlineData("DELETE", false)]
    public void Only_safe_methods_are_idempotent_unless_the_spec_says_otherwise(string method, bool expected)
    {
        Assert.Equal(expected, Op(method).IsIdempotent);
        Assert.True(Op(method, idempotent: true).IsIdempotent);
        Assert.False(Op(method, idempotent: false).IsIdempotent);
    }

    [Theory]
    [InlineData("DELETE", 1)]
    [InlineData("PUT", 1)]
    [InlineData("POST", 1)]
    [InlineData("GET", 3)]
    public async Task Retries_follow_idempotency_and_the_policy(string method, int expectedSends)
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("busy") });
        using var http = new HttpClient(handler);
        var transport = new GatewayTransport(http, new GatewayClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/api"), Retry = new RetryPolicy { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1) } }, null, null, null);
        using var result = await transport.SendAsync<Mobtexting.V2.BalanceResponse>(new GatewayCall(Op(method), "/x", ValidationResult.Valid) { Form = f => f.Add("a", "1") });
        Assert.Equal(ApiErrorKind.ServerError, result.Error!.Kind);
        Assert.Equal(expectedSends, handler.Requests.Count);
        Assert.Equal(expectedSends, result.Attempts);
    }

    [Fact]
    public async Task A_DELETE_sends_its_parameters_in_the_query()
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"balance\":1}", Encoding.UTF8, "application/json") });
        using var http = new HttpClient(handler);
        var transport = new GatewayTransport(http, new GatewayClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/api") }, null, null, null);
        using var result = await transport.SendAsync<Mobtexting.V2.BalanceResponse>(new GatewayCall(Op("DELETE"), "/x", ValidationResult.Valid) { Form = f => f.Add("id", "7") });
        Assert.Equal("DELETE", handler.Requests[0].Method);
        Assert.Equal("?id=7", handler.Requests[0].Uri.Query);
        Assert.Null(handler.Requests[0].Body);
    }

    [Fact]
    public void The_generated_client_declares_the_specs_method_override_and_gateway()
    {
        var client = _f.MobtextingV2();
        Assert.Equal("_method", client.Transport.MethodOverride);
        Assert.Equal("mobtexting/v2", client.Transport.Gateway);
        Assert.Null(_f.MoceanV2().Transport.MethodOverride);
    }

    [Fact]
    public async Task The_method_override_tunnels_a_POST_as_a_GET_with_the_declared_method_and_parameters_in_the_query()
    {
        // Mobtexting's documented call is a GET; a POST to the same path shows the tunnel end to end.
        var options = _f.Options("mobtexting", "v2", o => o.UseMethodOverride = true);
        var transport = new GatewayTransport(_f.Http, options, null, Mobtexting.V2.MobtextingV2Client.Auth, null, "mobtexting/v2", "_method");
        var before = _f.Gateway.Requests.Count;
        using var result = await transport.SendAsync<Mobtexting.V2.BalanceResponse>(new GatewayCall(Op("POST"), "/account/balance", ValidationResult.Valid) { Form = f => f.Add("note", "a b") });
        var sent = Assert.Single(System.Linq.Enumerable.Skip(_f.Gateway.Requests, before));
        Assert.Equal("GET", sent.Method);
        Assert.Equal("balance", sent.Operation);
        Assert.Equal("POST", sent.Parameters["_method"]);
        Assert.Equal("a b", sent.Parameters["note"]);
        Assert.Equal(string.Empty, sent.Body);
        Assert.True(result.IsSuccess, result.ToString());
    }

    [Fact]
    public async Task Without_the_option_the_declared_method_is_sent()
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
        using var http = new HttpClient(handler);
        var transport = new GatewayTransport(http, new GatewayClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/api") }, null, null, null, "x/v1", "_method");
        using var result = await transport.SendAsync<Mobtexting.V2.BalanceResponse>(new GatewayCall(Op("POST"), "/x", ValidationResult.Valid) { Form = f => f.Add("a", "1") });
        Assert.Equal("POST", handler.Requests[0].Method);
        Assert.Equal("a=1", handler.Requests[0].Body);
        Assert.DoesNotContain("_method", handler.Requests[0].Uri.Query);
    }

    [Fact]
    public async Task A_tunnelled_send_is_still_never_retried()
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("down") });
        using var http = new HttpClient(handler);
        var transport = new GatewayTransport(http, new GatewayClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/api"), UseMethodOverride = true, Retry = new RetryPolicy { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1) } }, null, null, null, "x/v1", "_method");
        using var result = await transport.SendAsync<Mobtexting.V2.BalanceResponse>(new GatewayCall(Op("POST"), "/x", ValidationResult.Valid));
        Assert.Equal("GET", handler.Requests[0].Method);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_handler_that_tries_to_resend_the_body_gets_no_second_copy()
    {
        // A handler that sends the same request twice (as a retrying or redirect-following handler would).
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") }, sendTwice: true);
        using var http = new HttpClient(handler);
        var transport = new GatewayTransport(http, new GatewayClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/api") }, null, null, null);
        using var result = await transport.SendAsync<Mobtexting.V2.BalanceResponse>(new GatewayCall(Op("POST"), "/x", ValidationResult.Valid) { Form = f => f.Add("a", "1") });
        Assert.False(result.IsSuccess);
        Assert.Equal(ApiErrorKind.Transport, result.Error!.Kind);
        Assert.Single(handler.Requests, r => r.Body == "a=1");
    }

    /// <summary>Records each request (method, URL, body text) and answers with <c>answer</c>.</summary>
    private sealed class StubHandler : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;
        private readonly bool _sendTwice;

        public StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer, bool sendTwice = false)
        {
            _answer = answer;
            _sendTwice = sendTwice;
        }

        public List<(string Method, Uri Uri, string? Body)> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            for (var i = 0; i < (_sendTwice ? 2 : 1); i++)
            {
                string? body = null;
                if (request.Content is not null)
                {
                    using var copy = new System.IO.MemoryStream();
                    await request.Content.CopyToAsync(copy, cancellationToken);
                    body = Encoding.UTF8.GetString(copy.ToArray());
                }
                Requests.Add((request.Method.Method, request.RequestUri!, body));
            }
            return _answer(request);
        }
    }
}
