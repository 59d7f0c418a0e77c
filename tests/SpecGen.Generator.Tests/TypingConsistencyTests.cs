using System;
using System.Linq;
using System.Reflection;
using SpecGen.Runtime.Validation;
using Xunit;

namespace SpecGen.Generator.Tests;

/// <summary>Values of one kind are typed the same everywhere in the generated bindings.</summary>
public class TypingConsistencyTests
{
    private static readonly Type[] Generated = typeof(Mocean.V2.SayAction).Assembly.GetTypes();

    [Fact]
    public void Every_variant_discriminator_is_a_fixed_string_or_the_value_set_of_its_several_values()
    {
        var checkedCount = 0;
        foreach (var type in Generated.Where(t => t.GetCustomAttributes<SpecVariantAttribute>().Any()))
        {
            var values = type.GetCustomAttributes<SpecVariantAttribute>().Select(a => a.Value).Distinct().ToArray();
            foreach (var union in type.GetInterfaces().Where(i => i.GetCustomAttribute<SpecUnionAttribute>() is not null))
            {
                var wire = union.GetCustomAttribute<SpecUnionAttribute>()!.Discriminator;
                var property = type.GetProperties().SingleOrDefault(p => p.GetCustomAttribute<SpecFieldAttribute>()?.WireName == wire);
                if (property is null) continue; // the discriminator is not a field of this variant (kept only as Discriminator)
                checkedCount++;
                if (values.Length == 1)
                {
                    // Set by the type: get-only text, always the one value that selects the variant.
                    Assert.True(property.PropertyType == typeof(string), type.Name + "." + property.Name + " is " + property.PropertyType.Name);
                    Assert.False(property.CanWrite, type.Name + "." + property.Name + " can be written");
                    Assert.Equal(values[0], property.GetCustomAttribute<SpecFieldAttribute>()!.Fixed);
                }
                else
                {
                    var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                    Assert.True(valueType.GetCustomAttribute<SpecValueSetAttribute>() is not null, type.Name + "." + property.Name + " is " + valueType.Name + ", not a value set");
                    Assert.True(property.CanWrite, type.Name + "." + property.Name + " is chosen by several values and must be settable");
                }
            }
        }
        Assert.True(checkedCount >= 20, checkedCount + " discriminators checked");
    }

    [Fact]
    public void Pricing_mcc_and_mnc_are_digit_strings_in_v1_and_v2()
    {
        foreach (var name in new[] { "Mcc", "Mnc" })
        {
            Assert.Equal(typeof(string), typeof(Mocean.V1.PricingRequest).GetProperty(name)!.PropertyType);
            Assert.Equal(typeof(string), typeof(Mocean.V2.PricingRequest).GetProperty(name)!.PropertyType);
        }
    }
}
