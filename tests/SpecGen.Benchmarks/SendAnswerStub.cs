using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpecGen.Benchmarks;

/// <summary>
/// The stub gateway of the send-path benchmarks: reads the request body (as a server would) and answers 202 with the
/// send-SMS JSON body from the document, with no network in between.
/// </summary>
internal sealed class SendAnswerStub : HttpMessageHandler
{
    public const string Answer = "{\"messages\":[{\"status\":0,\"receiver\":\"60123456789\",\"msgid\":\"cust20013050311050614001\"}]}";
    public static readonly byte[] AnswerBytes = Encoding.UTF8.GetBytes(Answer);
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null) await request.Content.CopyToAsync(System.IO.Stream.Null, cancellationToken).ConfigureAwait(false);
        var content = new ByteArrayContent(AnswerBytes);
        content.Headers.ContentType = Json;
        return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = content, RequestMessage = request };
    }
}
