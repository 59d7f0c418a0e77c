using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Mocean.V2;

namespace SpecGen.Benchmarks;

/// <summary>
/// Reading a JSON body: the generated <c>FromJson</c> against System.Text.Json's source generator reading the same
/// text into an equivalent hand-written DTO (same fields, same nesting, the WhatsApp content as a polymorphic type by
/// <c>type</c>). Both start from the string, as a webhook handler or the transport has it. The generated readers are
/// tolerant (numbers as strings, unknown values kept), the DTOs are not: the DTO is the cheapest a hand-written client gets.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonReadBenchmarks
{
    private const string Inbound = """
        {"message_id":"ABGGFlA5FpafAgo6EhFk2eJ4SeIa","event_type":"message","event_data":{"channel_type":"whatsapp","from":"60123456789","from_name":"Ali","to":"60198765432","forwarded":false,"frequently_forwarded":false,"timestamp":1700000000,"content":{"type":"text","text":"Hello, is my order shipped?"}}}
        """;

    private const string SendResult = """
        {"messages":[{"status":0,"receiver":"60123456789","msgid":"CPASS_restapi_C0000002737000000.0001"},{"status":0,"receiver":"60198765432","msgid":"CPASS_restapi_C0000002737000000.0002"}]}
        """;

    private const string Dlr = """
        {"mocean-from":"MOCEAN","mocean-to":"60123456789","mocean-dlr-status":1,"mocean-msgid":"CPASS_restapi_C0000002737000000.0001","mocean-error-code":0}
        """;

    [GlobalSetup]
    public void Setup()
    {
        // Both sides read the same values.
        var inbound = WhatsappInboundMessageEvent.FromJson(Inbound).Value!;
        var dto = JsonSerializer.Deserialize(Inbound, DtoContext.Default.InboundDto)!;
        if (inbound.EventData?.To != dto.EventData!.To || ((WhatsappInboundText)inbound.EventData!.Content!).Text != ((TextContentDto)dto.EventData.Content!).Text) throw new InvalidOperationException("inbound differs");
        var send = SmsSendResult.FromJson(SendResult).Value!;
        if (send.Messages![1].Msgid != JsonSerializer.Deserialize(SendResult, DtoContext.Default.SendResultDto)!.Messages![1].Msgid) throw new InvalidOperationException("send result differs");
        var dlr = DeliveryReportEvent.FromJson(Dlr).Value!;
        if (dlr.Msgid != JsonSerializer.Deserialize(Dlr, DtoContext.Default.DlrDto)!.Msgid) throw new InvalidOperationException("DLR differs");
    }

    [BenchmarkCategory("WhatsApp inbound"), Benchmark(Baseline = true, Description = "STJ source-gen DTO (inbound WhatsApp)")]
    public object? InboundStj() => JsonSerializer.Deserialize(Inbound, DtoContext.Default.InboundDto);

    [BenchmarkCategory("WhatsApp inbound"), Benchmark(Description = "WhatsappInboundMessageEvent.FromJson")]
    public object? InboundGenerated() => WhatsappInboundMessageEvent.FromJson(Inbound).Value;

    [BenchmarkCategory("SMS send result"), Benchmark(Baseline = true, Description = "STJ source-gen DTO (send result)")]
    public object? SendStj() => JsonSerializer.Deserialize(SendResult, DtoContext.Default.SendResultDto);

    [BenchmarkCategory("SMS send result"), Benchmark(Description = "SmsSendResult.FromJson")]
    public object? SendGenerated() => SmsSendResult.FromJson(SendResult).Value;

    [BenchmarkCategory("DLR"), Benchmark(Baseline = true, Description = "STJ source-gen DTO (DLR)")]
    public object? DlrStj() => JsonSerializer.Deserialize(Dlr, DtoContext.Default.DlrDto);

    [BenchmarkCategory("DLR"), Benchmark(Description = "DeliveryReportEvent.FromJson")]
    public object? DlrGenerated() => DeliveryReportEvent.FromJson(Dlr).Value;
}

public sealed class InboundDto
{
    [JsonPropertyName("message_id")] public string? MessageId { get; set; }
    [JsonPropertyName("event_type")] public string? EventType { get; set; }
    [JsonPropertyName("event_data")] public InboundDataDto? EventData { get; set; }
}

public sealed class InboundDataDto
{
    [JsonPropertyName("channel_type")] public string? ChannelType { get; set; }
    [JsonPropertyName("from")] public string? From { get; set; }
    [JsonPropertyName("from_name")] public string? FromName { get; set; }
    [JsonPropertyName("to")] public string? To { get; set; }
    [JsonPropertyName("forwarded")] public bool? Forwarded { get; set; }
    [JsonPropertyName("frequently_forwarded")] public bool? FrequentlyForwarded { get; set; }
    [JsonPropertyName("reply_to_msg_id")] public string? ReplyToMsgId { get; set; }
    [JsonPropertyName("timestamp")] public long? Timestamp { get; set; }
    [JsonPropertyName("content")] public ContentDto? Content { get; set; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextContentDto), "text")]
public abstract class ContentDto
{
}

public sealed class TextContentDto : ContentDto
{
    [JsonPropertyName("text")] public string? Text { get; set; }
}

public sealed class SendResultDto
{
    [JsonPropertyName("messages")] public List<MessageResultDto>? Messages { get; set; }
}

public sealed class MessageResultDto
{
    [JsonPropertyName("status")] public int? Status { get; set; }
    [JsonPropertyName("receiver")] public string? Receiver { get; set; }
    [JsonPropertyName("msgid")] public string? Msgid { get; set; }
    [JsonPropertyName("err_msg")] public string? ErrMsg { get; set; }
}

public sealed class DlrDto
{
    [JsonPropertyName("mocean-from")] public string? From { get; set; }
    [JsonPropertyName("mocean-to")] public string? To { get; set; }
    [JsonPropertyName("mocean-dlr-status")] public int? DlrStatus { get; set; }
    [JsonPropertyName("mocean-msgid")] public string? Msgid { get; set; }
    [JsonPropertyName("mocean-error-code")] public int? ErrorCode { get; set; }
}

[JsonSerializable(typeof(InboundDto))]
[JsonSerializable(typeof(SendResultDto))]
[JsonSerializable(typeof(DlrDto))]
internal sealed partial class DtoContext : JsonSerializerContext
{
}
