using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// Redirects are a typed outcome, never followed with credentials or a body, whatever HttpClient was
/// injected: the fixture's plain <c>new HttpClient()</c> follows redirects by itself, <see cref="GatewayTransport.CreateHandler"/> does not.
/// "localhost" reaches the same fake gateway as 127.0.0.1 but is another origin.
/// </summary>
public sealed class RedirectTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture _f;

    public RedirectTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    private static Mocean.V2.SendSmsRequest Sms(string text) => new() { From = "SPECGEN", To = ["60123456789"], Text = text };

    private string OtherOrigin(string path) => "http://localhost:" + _f.Gateway.Address.Port + path;

    private string SameOrigin(string path) => "http://127.0.0.1:" + _f.Gateway.Address.Port + path;

    private string Secret => _f.Gateway.Options.ExpectedField("mocean-api-secret");

    private string Key => _f.Gateway.Options.ExpectedField("mocean-api-key");

    [Theory]
    [InlineData(307, false)]
    [InlineData(308, false)]
    [InlineData(307, true)]
    [InlineData(302, false)]
    [InlineData(303, true)]
    public async Task A_cross_origin_redirect_of_a_send_is_not_followed_with_credentials_or_body(int status, bool noFollowHandler)
    {
        using var http = noFollowHandler ? new HttpClient(GatewayTransport.CreateHandler()) : new HttpClient();
        var client = new Mocean.V2.MoceanV2Client(http, _f.Options("mocean", "v2"));
        var marker = "redirect-" + Guid.NewGuid().ToString("N");
        _f.Gateway.Inject(Fault.Redirect(status, OtherOrigin("/mocean/v2/sms")), "mocean/v2/send_sms", times: 1);
        _f.Gateway.Inject(Fault.Redirect(status, OtherOrigin("/mocean/v2/sms")), "mocean/v2/send_sms", times: 1);

        using var result = await client.SendSmsAsync(Sms(marker));

        Assert.False(result.IsSuccess);
        Assert.Equal(ApiErrorKind.Redirect, result.Error!.Kind);
        Assert.Equal(1, result.Attempts);
        _f.Gateway.ClearFaults();
        var reached = _f.Gateway.Requests.Where(r => r.Body.Contains(marker, StringComparison.Ordinal) || r.Query.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.Single(reached); // the one send, to the original origin: the message body never went twice
        var afterwards = _f.Gateway.Requests.SkipWhile(r => !r.Body.Contains(marker, StringComparison.Ordinal)).Skip(1).ToList();
        Assert.DoesNotContain(afterwards, r => r.Body.Contains(Uri.EscapeDataString(Secret), StringComparison.Ordinal) || r.Query.Contains(Uri.EscapeDataString(Secret), StringComparison.Ordinal) || r.Headers.ContainsKey("Authorization"));
        Assert.DoesNotContain(Secret, result.Error.ToString());
        Assert.DoesNotContain(Key, result.Error.ToString());
    }

    [Fact]
    public async Task A_same_origin_307_does_not_send_the_message_twice()
    {
        var client = _f.MoceanV2();
        var marker = "same-origin-" + Guid.NewGuid().ToString("N");
        _f.Gateway.Inject(Fault.Redirect(307, SameOrigin("/mocean/v2/sms?again=1")), "mocean/v2/send_sms", times: 1);
        using var result = await client.SendSmsAsync(Sms(marker));
        Assert.Equal(ApiErrorKind.Redirect, result.Error!.Kind);
        Assert.Equal(1, _f.Gateway.Requests.Count(r => r.Body.Contains(marker, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_redirect_seen_by_a_non_following_handler_is_typed_with_its_status_and_location()
    {
        using var http = new HttpClient(GatewayTransport.CreateHandler());
        var client = new Mocean.V2.MoceanV2Client(http, _f.Options("mocean", "v2"));
        _f.Gateway.Inject(Fault.Redirect(301, OtherOrigin("/elsewhere")), "mocean/v2/balance", times: 1);
        using var result = await client.BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.Redirect, result.Error!.Kind);
        Assert.Equal(301, result.Error.StatusCode);
        Assert.Equal(OtherOrigin("/elsewhere"), result.Error.Location);
    }

    [Fact]
    public async Task A_GET_followed_by_an_auto_redirecting_handler_is_never_a_success_and_carries_no_credentials()
    {
        var before = _f.Gateway.Requests.Count;
        // The redirect target is a real, successful endpoint: a handler that follows gets a 200 from it.
        _f.Gateway.Inject(Fault.Redirect(302, OtherOrigin("/mocean/v2/account/balance")), "mocean/v2/balance", times: 1);
        using var result = await _f.MoceanV2(o => o.Retry = new RetryPolicy { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1) }).BalanceAsync(new Mocean.V2.BalanceRequest());
        Assert.False(result.IsSuccess, result.ToString());
        Assert.Equal(ApiErrorKind.Redirect, result.Error!.Kind);
        Assert.Equal(1, result.Attempts); // a redirect is not retried
        var followed = _f.Gateway.Requests.Skip(before).Where(r => r.Headers.TryGetValue("Host", out var host) && host.StartsWith("localhost", StringComparison.Ordinal)).ToList();
        Assert.All(followed, r => Assert.DoesNotContain("mocean-api-secret", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bearer_token_is_not_sent_to_another_origin()
    {
        var before = _f.Gateway.Requests.Count;
        _f.Gateway.Inject(Fault.Redirect(307, OtherOrigin("/mobtexting/v2/account/balance")), "mobtexting/v2/balance", times: 1);
        using var result = await _f.MobtextingV2().BalanceAsync(new Mobtexting.V2.BalanceRequest());
        Assert.Equal(ApiErrorKind.Redirect, result.Error!.Kind);
        var followed = _f.Gateway.Requests.Skip(before).Where(r => r.Headers.TryGetValue("Host", out var host) && host.StartsWith("localhost", StringComparison.Ordinal)).ToList();
        Assert.All(followed, r => Assert.False(r.Headers.ContainsKey("Authorization")));
    }
}
