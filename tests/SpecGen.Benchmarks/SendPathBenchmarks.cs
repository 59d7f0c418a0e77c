using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Mocean.V2;
using SpecGen.Runtime.Http;

namespace SpecGen.Benchmarks;

/// <summary>
/// The whole send path of one SMS over a stub handler (no network): the generated client (validation,
/// credentials, form body, transport, response classification and parse) against what a careful user
/// would write by hand: <see cref="FormUrlEncodedContent"/> + <see cref="HttpClient.PostAsync(string, HttpContent)"/>
/// + a System.Text.Json source-generated parse of the same answer. Both get the same 202 JSON body.
/// </summary>
[MemoryDiagnoser]
public class SendPathBenchmarks
{

    private HttpClient _http = null!;
    private MoceanV2Client _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _http = new HttpClient(new SendAnswerStub()) { BaseAddress = new Uri("https://rest.moceanapi.com/rest/2/") };
        _client = new MoceanV2Client(_http, new GatewayClientOptions
        {
            Credentials = MoceanV2Client.CreateCredentials("api-key-123456", "api-secret-abcdef"),
        });
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written: FormUrlEncodedContent + PostAsync + STJ source-gen")]
    public async Task<string?> HandWritten()
    {
        using var content = new FormUrlEncodedContent(new[]
        {
            new KeyValuePair<string, string>("mocean-api-key", "api-key-123456"),
            new KeyValuePair<string, string>("mocean-api-secret", "api-secret-abcdef"),
            new KeyValuePair<string, string>("mocean-from", "SPECGEN"),
            new KeyValuePair<string, string>("mocean-to", "60123456789"),
            new KeyValuePair<string, string>("mocean-text", "Hello World"),
            new KeyValuePair<string, string>("mocean-resp-format", "JSON"),
        });
        using var response = await _http.PostAsync("sms", content).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Accepted) return null;
        await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var result = await JsonSerializer.DeserializeAsync(stream, SendPathJson.Default.SmsSendDto).ConfigureAwait(false);
        return result?.Messages?[0].Msgid;
    }

    [Benchmark(Description = "generated: MoceanV2Client.SendSmsAsync")]
    public async Task<string?> Generated()
    {
        using var result = await _client.SendSmsAsync(new SendSmsRequest { From = "SPECGEN", To = new[] { "60123456789" }, Text = "Hello World" }).ConfigureAwait(false);
        return result.IsSuccess ? result.Value.Messages?[0].Msgid : null;
    }
}

/// <summary>The hand-written DTO of the send-SMS answer.</summary>
public sealed class SmsSendDto
{
    [JsonPropertyName("messages")]
    public List<SmsSendItemDto>? Messages { get; set; }
}

/// <summary>One receiver's outcome.</summary>
public sealed class SmsSendItemDto
{
    [JsonPropertyName("status")]
    public int Status { get; set; }

    [JsonPropertyName("receiver")]
    public string? Receiver { get; set; }

    [JsonPropertyName("msgid")]
    public string? Msgid { get; set; }

    [JsonPropertyName("err_msg")]
    public string? ErrMsg { get; set; }
}

[JsonSerializable(typeof(SmsSendDto))]
internal sealed partial class SendPathJson : JsonSerializerContext
{
}
