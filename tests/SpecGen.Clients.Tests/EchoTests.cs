using System;
using System.Linq;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// A server (a misconfigured proxy, a test echo endpoint) that answers every request with the request itself, under
/// the documented success status: no endpoint of any spec may call that a success, and none may throw.
/// </summary>
public sealed class EchoTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture _f;

    public EchoTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    [Theory]
    [MemberData(nameof(EndpointCalls.Keys), MemberType = typeof(EndpointCalls))]
    public async Task An_echoed_request_is_never_a_success(string key)
    {
        _f.Gateway.Inject(Fault.Echo(), key, times: 1);

        var outcome = await EndpointCalls.All[key](_f, null);

        Assert.False(outcome.Success, key + " took its own request for an answer: " + outcome);
        Assert.NotNull(outcome.Error);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Error!.Message));
    }

    [Theory]
    [InlineData("mocean/v2/send_sms", 200)]
    [InlineData("mocean/v2/send_whatsapp", 200)]
    [InlineData("mocean/v2/balance", 202)]
    public async Task An_echoed_request_under_another_status_is_no_success_either(string key, int status)
    {
        _f.Gateway.Inject(Fault.Echo(status), key, times: 1);

        var outcome = await EndpointCalls.All[key](_f, null);

        Assert.False(outcome.Success, outcome.ToString());
    }

    [Theory]
    [InlineData("{}", true)]
    [InlineData("{\"status\":0}", true)]
    [InlineData("{\"mocean-from\":\"SPECGEN\",\"mocean-to\":\"60123456789\"}", false)]
    [InlineData("{\"unknown\":1,\"status\":0}", true)]
    public async Task A_body_with_members_none_of_them_documented_is_not_the_documented_answer(string body, bool success)
    {
        // Decision: a sparse body ({} or some documented fields) is read as documented; a body whose every member is
        // unknown is another document (an echo, another API's answer) and is malformed, whatever its reader accepts.
        _f.Gateway.Inject(Fault.Raw(202, "application/json", body), "mocean/v2/send_whatsapp", times: 1);

        var outcome = await EndpointCalls.All["mocean/v2/send_whatsapp"](_f, null);

        Assert.Equal(success, outcome.Success);
        if (!success) Assert.Contains("none of the documented fields", outcome.Error!.Message);
    }

    [Fact]
    public async Task A_body_spelling_its_fields_only_by_their_aliases_is_not_foreign()
    {
        // The flat pre-2019 voice answer as some servers spell it: every member is an alias the reader reads.
        _f.Gateway.Inject(Fault.Raw(200, "application/json", "{\"session-uuid\":\"s-1\",\"call-uuid\":\"c-1\"}"), "mocean/v2/voice_dial", times: 1);

        var outcome = await EndpointCalls.All["mocean/v2/voice_dial"](_f, null);

        Assert.True(outcome.Success, outcome.ToString());
        Assert.Contains("c-1", outcome.Json);
    }
}
