using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace SpecGen.Cli.Tests;

/// <summary>A one-request HTTP server on 127.0.0.1: records the request line, headers and body, answers a fixed JSON body.</summary>
internal sealed class FakeServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task<string> _request;

    public FakeServer(string jsonResponse)
    {
        _listener.Start();
        _request = Serve(jsonResponse);
    }

    public Uri BaseAddress => new("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");

    /// <summary>The raw request (head and body) once it has been answered.</summary>
    public Task<string> Request => _request;

    private async Task<string> Serve(string json)
    {
        using var client = await _listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        string text;
        while (true)
        {
            var n = await stream.ReadAsync(chunk);
            if (n == 0) break;
            buffer.Write(chunk, 0, n);
            text = Encoding.UTF8.GetString(buffer.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0) continue;
            var lengthAt = text.IndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase);
            var length = 0;
            if (lengthAt >= 0 && lengthAt < end)
            {
                var line = text.Substring(lengthAt + 15, text.IndexOf("\r\n", lengthAt, StringComparison.Ordinal) - lengthAt - 15);
                length = int.Parse(line.Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            if (Encoding.UTF8.GetByteCount(text) - (end + 4) >= length) break;
        }
        text = Encoding.UTF8.GetString(buffer.ToArray());
        var body = Encoding.UTF8.GetBytes(json);
        var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.Length + "\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head);
        await stream.WriteAsync(body);
        await stream.FlushAsync();
        return text;
    }

    public void Dispose() => _listener.Stop();
}
