using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using BenchmarkDotNet.Attributes;
using Mocean.V2;
using SpecGen.Runtime.Wire;

namespace SpecGen.Benchmarks;

/// <summary>
/// The form body of a send-SMS request: the generated <see cref="SendSmsRequest.ToForm"/> (typed values written and
/// encoded in one pass) against <see cref="FormUrlEncodedContent"/> over the same name/value pairs, already as strings
/// in a dictionary built once (so the baseline does not pay for formatting the values).
/// </summary>
[MemoryDiagnoser]
public class FormEncodingBenchmarks
{
    private SendSmsRequest _request = null!;
    private Dictionary<string, string> _pairs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = SampleRequests.Sms();
        var writer = new FormWriter();
        _request.WriteForm(writer);
        _pairs = writer.Pairs.ToDictionary(p => p.Key, p => p.Value);

        var generated = _request.ToForm();
        var baseline = FormUrlEncodedContentBody();
        if (generated != baseline) throw new InvalidOperationException("bodies differ:\n" + generated + "\n" + baseline);
    }

    [Benchmark(Baseline = true, Description = "new FormUrlEncodedContent(dict).ReadAsStringAsync()")]
    public string FormUrlEncodedContentBody()
    {
        using var content = new FormUrlEncodedContent(_pairs);
        return content.ReadAsStringAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "SendSmsRequest.ToForm() (generated)")]
    public string GeneratedToForm() => _request.ToForm();
}
