using System.Linq;
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using SpecGen.Runtime.Http;

namespace SpecGen.Clients.Tests;

/// <summary>What a call came back with, in a shape every endpoint shares.</summary>
public sealed record CallOutcome(string Operation, bool Success, ApiError? Error, int? Status, int Attempts, string? Json, byte[]? Bytes, string? ContentType, string? FileName)
{
    public override string ToString() => Operation + ": " + (Success ? "success " + Json : Error?.ToString());
}

/// <summary>
/// One minimal valid call per endpoint of every spec, through the generated client method. The key is
/// "provider/version/operation"; a test checks that every endpoint of the model has an entry.
/// </summary>
public static class EndpointCalls
{
    public static async Task<CallOutcome> Run<T>(string op, Task<ApiResult<T>> call, Func<T, string?> json) where T : class
    {
        using var result = await call;
        if (!result.IsSuccess) return new CallOutcome(op, false, result.Error, result.StatusCode, result.Attempts, null, null, null, null);
        if (result.Value is BinaryContent download)
        {
            var bytes = await download.ReadAllBytesAsync();
            return new CallOutcome(op, true, null, result.StatusCode, result.Attempts, null, bytes, download.ContentType, download.FileName);
        }
        return new CallOutcome(op, true, null, result.StatusCode, result.Attempts, json(result.Value), null, null, null);
    }

    private static async Task<CallOutcome> Download<T>(string op, Task<ApiResult<T>> call, Func<T, BinaryContent?> binary, Func<T, string?> json) where T : class
    {
        using var result = await call;
        if (!result.IsSuccess) return new CallOutcome(op, false, result.Error, result.StatusCode, result.Attempts, null, null, null, null);
        if (binary(result.Value) is { } download)
        {
            var bytes = await download.ReadAllBytesAsync();
            return new CallOutcome(op, true, null, result.StatusCode, result.Attempts, null, bytes, download.ContentType, download.FileName);
        }
        return new CallOutcome(op, true, null, result.StatusCode, result.Attempts, json(result.Value), null, null, null);
    }

    /// <summary>Every key of <see cref="All"/>, in order, for theories over every endpoint.</summary>
    public static Xunit.TheoryData<string> Keys()
    {
        var data = new Xunit.TheoryData<string>();
        foreach (var key in All.Keys.OrderBy(k => k, StringComparer.Ordinal)) data.Add(key);
        return data;
    }

    public static readonly Dictionary<string, Func<GatewayFixture, Action<GatewayClientOptions>?, Task<CallOutcome>>> All = new(StringComparer.Ordinal)
    {
        // ---- mocean/v2 ----
        ["mocean/v2/number_lookup"] = (f, o) => Run("number_lookup", f.MoceanV2(o).NumberLookupAsync(new Mocean.V2.NumberLookupRequest { To = "60123456789" }), v => v.Sync?.ToJson() ?? v.Async?.ToJson()),
        ["mocean/v2/balance"] = (f, o) => Run("balance", f.MoceanV2(o).BalanceAsync(new Mocean.V2.BalanceRequest()), v => v.ToJson()),
        ["mocean/v2/pricing"] = (f, o) => Run("pricing", f.MoceanV2(o).PricingAsync(new Mocean.V2.PricingRequest()), v => v.ToJson()),
        ["mocean/v2/message_status"] = (f, o) => Run("message_status", f.MoceanV2(o).MessageStatusAsync(new Mocean.V2.MessageStatusRequest { Msgid = "msg-1" }), v => v.ToJson()),
        ["mocean/v2/send_sms"] = (f, o) => Run("send_sms", f.MoceanV2(o).SendSmsAsync(new Mocean.V2.SendSmsRequest { From = "SPECGEN", To = ["60123456789", "60198765432"], Text = "Hello" }), v => v.ToJson()),
        ["mocean/v2/conversion"] = (f, o) => Run("conversion", f.MoceanV2(o).ConversionAsync(new Mocean.V2.ConversionRequest { Msgid = "msg-1", Delivered = true }), v => v.ToJson()),
        ["mocean/v2/verify_request"] = (f, o) => Run("verify_request", f.MoceanV2(o).VerifyRequestAsync(new Mocean.V2.VerifyRequest { To = "60123456789", Brand = "SpecGen" }), v => v.ToJson()),
        ["mocean/v2/verify_request_sms"] = (f, o) => Run("verify_request_sms", f.MoceanV2(o).VerifyRequestSmsAsync(new Mocean.V2.VerifySmsRequest { To = "60123456789", Brand = "SpecGen" }), v => v.ToJson()),
        ["mocean/v2/verify_resend_sms"] = (f, o) => Run("verify_resend_sms", f.MoceanV2(o).VerifyResendSmsAsync(new Mocean.V2.VerifyResendSmsRequest { Reqid = "req-1" }), v => v.ToJson()),
        ["mocean/v2/verify_request_telegram"] = (f, o) => Run("verify_request_telegram", f.MoceanV2(o).VerifyRequestTelegramAsync(new Mocean.V2.VerifyTelegramRequest { From = "SpecGenBot", To = 123456789L, Brand = "SpecGen" }), v => v.ToJson()),
        ["mocean/v2/verify_check"] = (f, o) => Run("verify_check", f.MoceanV2(o).VerifyCheckAsync(new Mocean.V2.VerifyCheckRequest { Reqid = "req-1", Code = "1234" }), v => v.ToJson()),
        ["mocean/v2/voice_dial"] = (f, o) => Run("voice_dial", f.MoceanV2(o).VoiceDialAsync(new Mocean.V2.VoiceDialRequest
        {
            To = ["60123456789"],
            Command = [new Mocean.V2.SayAction { Language = Mocean.V2.SayLanguage.EnUS, Text = "Hello" }],
        }), v => v.ToJson()),
        ["mocean/v2/voice_hangup"] = (f, o) => Run("voice_hangup", f.MoceanV2(o).VoiceHangupAsync(new Mocean.V2.VoiceHangupRequest { CallUuid = "call-1" }), v => v.ToJson()),
        ["mocean/v2/voice_recording"] = (f, o) => Download("voice_recording", f.MoceanV2(o).VoiceRecordingAsync(new Mocean.V2.VoiceRecordingRequest { CallUuid = "call-1" }), v => v.Recording, v => v.Json?.ToJson()),
        ["mocean/v2/send_whatsapp"] = (f, o) => Run("send_whatsapp", f.MoceanV2(o).SendWhatsappAsync(new Mocean.V2.SendWhatsappRequest
        {
            From = "60123456789",
            To = "60198765432",
            Content = new Mocean.V2.TextContent { Text = "Hello from SpecGen" },
        }), v => v.ToJson()),
        ["mocean/v2/whatsapp_media"] = (f, o) => Run("whatsapp_media", f.MoceanV2(o).WhatsappMediaAsync(new Mocean.V2.WhatsappMediaRequest { From = "60123456789", MediaId = "media-1" }), _ => null),

        // ---- mocean/v1 ----
        ["mocean/v1/balance"] = (f, o) => Run("balance", f.MoceanV1(o).BalanceAsync(new Mocean.V1.BalanceRequest()), v => v.ToJson()),
        ["mocean/v1/pricing"] = (f, o) => Run("pricing", f.MoceanV1(o).PricingAsync(new Mocean.V1.PricingRequest()), v => v.ToJson()),
        ["mocean/v1/message_status"] = (f, o) => Run("message_status", f.MoceanV1(o).MessageStatusAsync(new Mocean.V1.MessageStatusRequest { Msgid = "msg-1" }), v => v.ToJson()),
        ["mocean/v1/send_sms"] = (f, o) => Run("send_sms", f.MoceanV1(o).SendSmsAsync(new Mocean.V1.SendSmsRequest { From = "SPECGEN", To = ["60123456789"], Text = "Hello" }), v => v.ToJson()),
        ["mocean/v1/verify_request"] = (f, o) => Run("verify_request", f.MoceanV1(o).VerifyRequestAsync(new Mocean.V1.VerifyRequest { To = "60123456789", Brand = "SpecGen" }), v => v.ToJson()),
        ["mocean/v1/verify_check"] = (f, o) => Run("verify_check", f.MoceanV1(o).VerifyCheckAsync(new Mocean.V1.VerifyCheckRequest { Reqid = "req-1", Code = "1234" }), v => v.ToJson()),

        // ---- oca/v1 ----
        ["oca/v1/list_sms"] = (f, o) => Run("list_sms", f.OcaV1(o).ListSmsAsync(new Oca.V1.ListSmsRequest()), v => "[" + string.Join(",", v.Select(r => r.ToJson())) + "]"),
        ["oca/v1/send_sms"] = (f, o) => Run("send_sms", f.OcaV1(o).SendSmsAsync(new Oca.V1.SendSmsRequest { Phone = "628123456789", Message = "Hello" }), v => v.ToJson()),
        ["oca/v1/sms_status"] = (f, o) => Run("sms_status", f.OcaV1(o).SmsStatusAsync(new Oca.V1.SmsStatusRequest { SmsId = "abc/1 2" }), v => v.ToJson()),

        // ---- mobtexting/v2 ----
        ["mobtexting/v2/balance"] = (f, o) => Run("balance", f.MobtextingV2(o).BalanceAsync(new Mobtexting.V2.BalanceRequest()), v => v.ToJson()),
    };
}
