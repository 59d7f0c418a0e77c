using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;
using Xunit;

namespace SpecGen.Clients.Tests;

/// <summary>Every generated client method against the fake gateway: sent once, authenticated, answered and read back.</summary>
public sealed class RoundTripTests : IClassFixture<GatewayFixture>
{
    private readonly GatewayFixture _f;

    public RoundTripTests(GatewayFixture fixture)
    {
        _f = fixture;
        _f.Gateway.ClearFaults();
    }

    [Fact]
    public void Every_endpoint_of_every_spec_has_a_client_method_under_test()
    {
        var endpoints = _f.Gateway.Specs.SelectMany(s => s.Operations.Where(o => !o.IsWebhook).Select(o => s.Id + "/" + o.Name)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.Equal(endpoints, EndpointCalls.All.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList());
        Assert.True(endpoints.Count >= 26);
    }

    [Theory]
    [MemberData(nameof(EndpointCalls.Keys), MemberType = typeof(EndpointCalls))]
    public async Task Method_round_trips_as_json(string key)
    {
        var before = _f.Gateway.Count(key);
        var outcome = await EndpointCalls.All[key](_f, null);
        Assert.True(outcome.Success, outcome.ToString());
        Assert.Equal(1, outcome.Attempts);
        Assert.Equal(before + 1, _f.Gateway.Count(key));
        var request = _f.Gateway.Requests.Last(r => r.SpecId + "/" + r.Operation == key);
        var spec = _f.Gateway.Specs.Single(s => key.StartsWith(s.Id + "/", StringComparison.Ordinal));
        var op = spec.Operations.Single(o => spec.Id + "/" + o.Name == key);

        // The response-format parameter asks for JSON whenever the operation takes it.
        if (spec.Header.ResponseFormat is { } format && op.Parameters.Any(p => p.WireName == format.Parameter))
        {
            Assert.Equal(format.Values.Single(v => v.Key == "json").Value, request.Parameters[format.Parameter]);
        }
        if (outcome.Bytes is not null)
        {
            Assert.Equal("FAKE-BINARY " + key.Substring(0, key.LastIndexOf('/')) + "/" + op.Name, Encoding.UTF8.GetString(outcome.Bytes));
            Assert.Equal(op.Name + ".bin", outcome.FileName);
            Assert.Equal(op.Responses.First(r => r.IsBinary).BinaryContentTypes[0], outcome.ContentType);
            return;
        }
        var served = _f.Gateway.LastSuccessBodies[key];
        Assert.Equal("json", _f.Gateway.LastSuccessFormats[key]);
        Assert.NotNull(outcome.Json);
        Assert.Empty(JsonEquivalence.Differences(served, outcome.Json!));
    }

    [Theory]
    [MemberData(nameof(EndpointCalls.Keys), MemberType = typeof(EndpointCalls))]
    public async Task Method_round_trips_as_xml_when_asked(string key)
    {
        var spec = _f.Gateway.Specs.Single(s => key.StartsWith(s.Id + "/", StringComparison.Ordinal));
        var op = spec.Operations.Single(o => spec.Id + "/" + o.Name == key);
        var outcome = await EndpointCalls.All[key](_f, o => o.ResponseFormat = WireFormat.Xml);
        Assert.True(outcome.Success, outcome.ToString());
        var request = _f.Gateway.Requests.Last(r => r.SpecId + "/" + r.Operation == key);
        var takesFormat = spec.Header.ResponseFormat is { } format && op.Parameters.Any(p => p.WireName == format.Parameter);
        if (takesFormat)
        {
            var f = spec.Header.ResponseFormat!;
            Assert.Equal(f.Values.Single(v => v.Key == "xml").Value, request.Parameters[f.Parameter]);
        }
        if (outcome.Bytes is not null) return;
        var xmlDocumented = op.Responses.Any(r => r.Outcome == "success" && r.Formats.Contains("xml"));
        Assert.Equal(takesFormat && xmlDocumented ? "xml" : "json", _f.Gateway.LastSuccessFormats[key]);
        Assert.Empty(JsonEquivalence.Differences(_f.Gateway.LastSuccessBodies[key], outcome.Json!));
    }
}
