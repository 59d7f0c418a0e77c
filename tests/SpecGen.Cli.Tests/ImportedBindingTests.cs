using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SpecGen.Cli.Tests;

/// <summary>The bindings generated from an imported document send a real request to a fake gateway.</summary>
public class ImportedBindingTests
{
    private const string Probe = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using SpecGen.Runtime.Http;

        public static class Probe
        {
            public static async Task<string> SendSms(Uri baseAddress)
            {
                using var http = new HttpClient();
                var client = new VonageSms.V1.VonageSmsV1Client(http, new GatewayClientOptions { BaseAddress = baseAddress });
                using var result = await client.SendAnSmsAsync(new VonageSms.V1.SendAnSmsRequest { Format = "json", ApiKey = "abcd1234", From = "AcmeInc", To = "447700900000", Text = "Hello", Ttl = 900000 });
                return result.IsSuccess ? "ok " + result.Value.Messages?[0].MessageId : "failed " + result.Error;
            }
        }
        """;

    [Fact]
    public async Task Imported_sms_binding_sends_a_form_request_and_reads_the_json_answer()
    {
        var (output, diagnostics) = Generation.Run(new[] { ImportedSpecs.File("sms") }, Probe);
        Assert.True(diagnostics.Length == 0, Generation.Describe(diagnostics));
        using var pe = new MemoryStream();
        var emit = output.Emit(pe);
        Assert.True(emit.Success, Generation.Describe(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        Assert.Empty(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning));
        var assembly = new System.Runtime.Loader.AssemblyLoadContext("vonage-sms", isCollectible: true).LoadFromStream(new MemoryStream(pe.ToArray()));

        using var server = new FakeServer("""{"message-count":"1","messages":[{"to":"447700900000","message-id":"0A0000000123ABCD1","status":"0"}]}""");
        var send = (Task<string>)assembly.GetType("Probe")!.GetMethod("SendSms")!.Invoke(null, new object[] { server.BaseAddress })!;
        var outcome = await send.WaitAsync(TimeSpan.FromSeconds(30));
        var request = await server.Request;

        Assert.Equal("ok 0A0000000123ABCD1", outcome);
        Assert.StartsWith("POST /json HTTP/1.1", request);
        Assert.Contains("application/x-www-form-urlencoded", request);
        var body = request.Substring(request.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4);
        Assert.Contains("to=447700900000", body);
        Assert.Contains("ttl=900000", body);
        Assert.Contains("api_key=abcd1234", body);
    }
}
