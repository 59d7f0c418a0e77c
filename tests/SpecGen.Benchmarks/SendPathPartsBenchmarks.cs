using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Mocean.V2;
using SpecGen.Runtime.Wire;

namespace SpecGen.Benchmarks;

/// <summary>The parts of <see cref="SendPathBenchmarks"/>'s generated send, one by one, to see where its time goes.</summary>
[MemoryDiagnoser]
public class SendPathPartsBenchmarks
{
    private static readonly StatusRule Rule = new("messages", "status", new[] { "0" }, "msgid");
    private HttpClient _http = null!;

    [GlobalSetup]
    public void Setup() => _http = new HttpClient(new SendAnswerStub()) { BaseAddress = new Uri("https://rest.moceanapi.com/rest/2/") };

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark(Description = "request + Validate()")]
    public bool Validate() => new SendSmsRequest { From = "SPECGEN", To = new[] { "60123456789" }, Text = "Hello World" }.Validate().IsValid;

    [Benchmark(Description = "ToForm()")]
    public string Form() => new SendSmsRequest { From = "SPECGEN", To = new[] { "60123456789" }, Text = "Hello World" }.ToForm();

    [Benchmark(Description = "HttpClient.SendAsync, stub, no parse")]
    public async Task<int> Http()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://rest.moceanapi.com/rest/2/sms") { Content = new ByteArrayContent(SendAnswerStub.AnswerBytes) };
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        return (int)response.StatusCode;
    }

    [Benchmark(Description = "ResponseBody.Json(string) with status rule")]
    public object? Parse() => ResponseBody.Json(SendAnswerStub.Answer, MoceanV2Shapes.SmsSendResult, Rule, SmsSendResult.ReadJson).Value;

    [Benchmark(Description = "ResponseBody.Json(bytes) with status rule")]
    public object? ParseBytes() => ResponseBody.Json(ReceivedBody.FromUtf8(SendAnswerStub.AnswerBytes), MoceanV2Shapes.SmsSendResult, Rule, SmsSendResult.ReadJson).Value;

    // The client's own rule, with its generated typed check (StatusRule.Holds): no second walk over the bytes.
    private static readonly StatusRule GeneratedRule = (StatusRule)typeof(MoceanV2Client).GetProperty("StatusRuleOfSendSms0", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    [Benchmark(Description = "ResponseBody.Json(bytes) with the generated rule (typed check)")]
    public object? ParseBytesGeneratedRule() => ResponseBody.Json(ReceivedBody.FromUtf8(SendAnswerStub.AnswerBytes), MoceanV2Shapes.SmsSendResult, GeneratedRule, SmsSendResult.ReadJson).Value;

    [Benchmark(Description = "ResponseBody.Json(bytes) no rule")]
    public object? ParseBytesNoRule() => ResponseBody.Json(ReceivedBody.FromUtf8(SendAnswerStub.AnswerBytes), MoceanV2Shapes.SmsSendResult, null, SmsSendResult.ReadJson).Value;

    private CancellationTokenSource? _spare;

    /// <summary>The transport's per-attempt timeout: one reused source, armed and reset.</summary>
    [Benchmark(Description = "reused CTS: CancelAfter + TryReset")]
    public bool Timer()
    {
        var timer = Interlocked.Exchange(ref _spare, null) ?? new CancellationTokenSource();
        timer.CancelAfter(TimeSpan.FromSeconds(100));
        var token = timer.Token;
        if (!timer.TryReset() || Interlocked.CompareExchange(ref _spare, timer, null) is not null) timer.Dispose();
        return token.CanBeCanceled;
    }

    private static readonly Uri Url = new("https://rest.moceanapi.com/rest/2/sms");

    [Benchmark(Description = "HttpRequestMessage + Accept + User-Agent")]
    public int Message()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url);
        request.Headers.TryAddWithoutValidation("Accept", "application/json, */*;q=0.1");
        request.Headers.TryAddWithoutValidation("User-Agent", "SpecGen/1.0.0");
        return request.Headers.NonValidated.Count;
    }
}
