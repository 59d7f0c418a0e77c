using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using SpecGen.Testing.Gateway;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>
/// Every answer the official Mocean SDKs record in their test suites (the peer fixtures, copied verbatim into
/// tests/SpecGen.Generator.Tests/Fixtures), served by the fake gateway as the answer of its endpoint and received through
/// the generated client, as a user's call would receive it: status rules, the strict shape check and the classifier
/// included, not only the type's reader. A recorded success is a success; the recorded error body is a typed error.
/// </summary>
public sealed class PeerAnswerTests : IClassFixture<GatewayFixture>
{
    private static readonly string FixtureDir = Path.Combine(RepoFiles.Root, "tests", "SpecGen.Generator.Tests", "Fixtures");

    /// <summary>File name → the endpoint that answers it and the HTTP status it documents for a success.</summary>
    private static readonly Dictionary<string, (string Endpoint, int Status)> ByName = new(StringComparer.Ordinal)
    {
        ["balance.json"] = ("mocean/v2/balance", 200),
        ["balance.xml"] = ("mocean/v2/balance", 200),
        ["hangup.json"] = ("mocean/v2/voice_hangup", 200),
        ["hangup.xml"] = ("mocean/v2/voice_hangup", 200),
        ["message.json"] = ("mocean/v2/send_sms", 202),
        ["message_v2.xml"] = ("mocean/v2/send_sms", 202),
        ["message.xml"] = ("mocean/v1/send_sms", 200),
        ["message_status.json"] = ("mocean/v2/message_status", 200),
        ["message_status.xml"] = ("mocean/v2/message_status", 200),
        ["number_lookup.json"] = ("mocean/v2/number_lookup", 200),
        ["number_lookup.xml"] = ("mocean/v2/number_lookup", 200),
        ["price.json"] = ("mocean/v2/pricing", 200),
        ["price_v2.xml"] = ("mocean/v2/pricing", 200),
        ["price.xml"] = ("mocean/v1/pricing", 200),
        ["recording.json"] = ("mocean/v2/voice_recording", 200),
        ["resend_code.json"] = ("mocean/v2/verify_resend_sms", 200),
        ["resend_code.xml"] = ("mocean/v2/verify_resend_sms", 200),
        ["send_code.json"] = ("mocean/v2/verify_request", 200),
        ["send_code.xml"] = ("mocean/v2/verify_request", 200),
        ["verify_code.json"] = ("mocean/v2/verify_check", 200),
        ["verify_code.xml"] = ("mocean/v2/verify_check", 200),
        ["voice.json"] = ("mocean/v2/voice_dial", 200),
        ["voice.xml"] = ("mocean/v2/voice_dial", 200),
    };

    private readonly GatewayFixture _f;

    public PeerAnswerTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    private static IEnumerable<string> Files(Func<string, bool> keep) => RepoFiles.FixtureFiles(FixtureDir).Where(keep);

    public static TheoryData<string> Successes()
    {
        var data = new TheoryData<string>();
        foreach (var f in Files(f => ByName.ContainsKey(Path.GetFileName(f)))) data.Add(f);
        return data;
    }

    public static TheoryData<string> Errors()
    {
        var data = new TheoryData<string>();
        foreach (var f in Files(f => Path.GetFileName(f).StartsWith("error_response.", StringComparison.Ordinal))) data.Add(f);
        return data;
    }

    private static string MediaType(string file) => file.EndsWith(".xml", StringComparison.Ordinal) ? "application/xml" : "application/json";

    private static string Body(string file) => new UTF8Encoding(false).GetString(File.ReadAllBytes(Path.Combine(FixtureDir, file)));

    [Fact]
    public void The_recorded_answers_are_all_here()
    {
        var successes = Files(f => ByName.ContainsKey(Path.GetFileName(f))).Count();
        var errors = Files(f => Path.GetFileName(f).StartsWith("error_response.", StringComparison.Ordinal)).Count();
        // 200 recorded bodies: 16 error bodies, 11 of an endpoint no spec describes (FixtureTests' gaps), 173 successes.
        Assert.Equal(173, successes);
        Assert.Equal(16, errors);
    }

    [Theory]
    [MemberData(nameof(Successes))]
    public async Task A_recorded_success_is_a_success_through_the_client(string file)
    {
        var (endpoint, status) = ByName[Path.GetFileName(file)];
        var operation = endpoint.Substring(endpoint.LastIndexOf('/') + 1);
        _f.Gateway.Inject(Fault.Raw(status, MediaType(file), Body(file)), endpoint, times: 1);

        var outcome = await EndpointCalls.All[endpoint](_f, null);

        Assert.True(outcome.Success, file + " through " + operation + ": " + outcome);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task A_recorded_error_is_a_typed_rejection_through_the_client(string file)
    {
        // {"status":1,"err_msg":"Authorization failed"} with a 200: the body's failure code decides, and the gateway's text is kept.
        _f.Gateway.Inject(Fault.Raw(200, MediaType(file), Body(file)), "mocean/v2/balance", times: 1);

        var outcome = await EndpointCalls.All["mocean/v2/balance"](_f, null);

        Assert.False(outcome.Success, file);
        Assert.Equal(ApiErrorKind.Rejected, outcome.Error!.Kind);
        Assert.Equal("1", outcome.Error.Code!.Raw);
        Assert.Contains("Authorization failed", outcome.Error.Message);
    }
}
