using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Mocean.V2;

namespace SpecGen.Benchmarks;

/// <summary>
/// <c>Validate()</c> on valid requests. SendSms: the generated validator against the same rules written as
/// System.ComponentModel.DataAnnotations attributes on a plain class (reflection-based, the usual hand-written way).
/// WhatsApp: the generated validator of an interactive "button" message (baseline) and of a "list" message.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidateBenchmarks
{
    private SendSmsRequest _sms = null!;
    private SmsForm _smsForm = null!;
    private SendWhatsappRequest _buttons = null!;
    private SendWhatsappRequest _list = null!;
    private readonly List<ValidationResult> _results = new();

    [GlobalSetup]
    public void Setup()
    {
        _sms = SampleRequests.Sms();
        _smsForm = SmsForm.Mirror(_sms);
        _buttons = SampleRequests.WhatsappButtons();
        _list = SampleRequests.WhatsappList();

        if (!_sms.Validate().IsValid) throw new InvalidOperationException("SMS request invalid: " + string.Join("; ", _sms.Validate().Violations));
        if (!_buttons.Validate().IsValid) throw new InvalidOperationException("buttons invalid: " + string.Join("; ", _buttons.Validate().Violations));
        if (!_list.Validate().IsValid) throw new InvalidOperationException("list invalid: " + string.Join("; ", _list.Validate().Violations));
        if (!DataAnnotationsSendSms()) throw new InvalidOperationException("DataAnnotations: " + string.Join("; ", _results));
    }

    [Benchmark(Baseline = true, Description = "DataAnnotations Validator.TryValidateObject (SMS mirror)")]
    [BenchmarkCategory("SendSms")]
    public bool DataAnnotationsSendSms()
    {
        _results.Clear();
        return Validator.TryValidateObject(_smsForm, new ValidationContext(_smsForm), _results, validateAllProperties: true);
    }

    [Benchmark(Description = "SendSmsRequest.Validate() (generated)")]
    [BenchmarkCategory("SendSms")]
    public bool GeneratedSendSms() => _sms.Validate().IsValid;

    [Benchmark(Baseline = true, Description = "SendWhatsappRequest.Validate(), interactive buttons (generated)")]
    [BenchmarkCategory("WhatsApp")]
    public bool GeneratedWhatsappButtons() => _buttons.Validate().IsValid;

    [Benchmark(Description = "SendWhatsappRequest.Validate(), interactive list (generated)")]
    [BenchmarkCategory("WhatsApp")]
    public bool GeneratedWhatsappList() => _list.Validate().IsValid;
}

/// <summary>The rules of SendSmsRequest as DataAnnotations (the conditional rule dlr-mask=1 ⇒ dlr-url is IValidatableObject).</summary>
internal sealed class SmsForm : IValidatableObject
{
    [Required] public string? From { get; init; }

    [Required, MaxLength(500), PhoneList] public string[]? To { get; init; }

    [Required] public string? Text { get; init; }

    [Range(1, 3)] public int? Coding { get; init; }

    [AllowedValues(null, 0, 1)] public int? DlrMask { get; init; }

    [Url] public string? DlrUrl { get; init; }

    public static SmsForm Mirror(SendSmsRequest r) => new()
    {
        From = r.From,
        To = new List<string>(r.To).ToArray(),
        Text = r.Text,
        Coding = r.Coding,
        DlrMask = r.DlrMask,
        DlrUrl = r.DlrUrl?.OriginalString,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DlrMask == 1 && DlrUrl is null) yield return new ValidationResult("mocean-dlr-url is required when a delivery report is requested", new[] { nameof(DlrUrl) });
    }
}

/// <summary>Every item is a phone number (same check as the generated code).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class PhoneListAttribute : ValidationAttribute
{
    public override bool IsValid(object? value)
    {
        if (value is not string[] items) return value is null;
        foreach (var item in items)
        {
            if (item is not null && !SpecGen.Runtime.Validation.RuleChecks.IsPhone(item)) return false;
        }
        return true;
    }
}
