using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TitanFleet.Tests.Fixtures;

namespace TitanFleet.Tests.Hosting;

/// <summary>Every options class bound from configuration has a validator in the running silo, so a new unvalidated one fails here.</summary>
[Collection(InProcessSiloCollection.Name)]
public sealed class OptionsValidationTests(InProcessSiloFixture fixture)
{
    /// <summary>Our options classes: named *Options with a Section constant (the configuration section they bind).</summary>
    public static TheoryData<string> OptionsClasses => new(
        new[] { typeof(Program), typeof(TitanFleet.Api.FleetApi), typeof(TitanFleet.Grains.FleetGrainServices) }
            .SelectMany(type => type.Assembly.GetTypes())
            .Where(type => type.IsClass && type.Name.EndsWith("Options", StringComparison.Ordinal)
                && type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .Select(type => type.AssemblyQualifiedName!)
            .Order(StringComparer.Ordinal));

    [Fact]
    public void OptionsClasses_OurAssemblies_AreFound()
    {
        Assert.InRange(OptionsClasses.Count, 10, int.MaxValue);
    }

    [Theory]
    [MemberData(nameof(OptionsClasses))]
    public void Validators_EachOptionsClass_RegisteredInRunningSilo(string optionsType)
    {
        var type = Type.GetType(optionsType, throwOnError: true)!;
        var validators = (IEnumerable<object>)fixture.Services.GetServices(typeof(IValidateOptions<>).MakeGenericType(type));

        Assert.True(validators.Any(), $"{type.Name} has no IValidateOptions<{type.Name}> registered: a bad setting would pass silently");
    }
}
