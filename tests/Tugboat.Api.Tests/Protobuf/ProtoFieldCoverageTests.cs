using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Tugboat.Api.Meta;
using Tugboat.Api.Protobuf;
using Tugboat.Api.Schema;

namespace Tugboat.Api.Tests.Protobuf;

public class ProtoFieldCoverageTests
{
    private static readonly Assembly ApiAssembly = typeof(KubernetesObject).Assembly;

    private static readonly Type[] Leaves =
    [
        typeof(string), typeof(byte[]), typeof(int), typeof(long), typeof(bool), typeof(double), typeof(float),
        typeof(DateTimeOffset), typeof(TimeSpan), typeof(Quantity), typeof(IntOrString), typeof(JsonNode), typeof(JsonObject),
    ];

    /// <summary>Every [KubernetesKind] root, every list kind, Status and DeleteOptions, and the classes reachable from them.</summary>
    public static IReadOnlyList<Type> ReachableTypes()
    {
        var roots = ApiAssembly.GetTypes()
            .Where(t => t.GetCustomAttribute<KubernetesKindAttribute>() is not null || typeof(IKubernetesList).IsAssignableFrom(t))
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Append(typeof(Status))
            .Append(typeof(DeleteOptions));
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type)) continue;
            if (type.BaseType is { } baseType && baseType != typeof(object) && baseType.Assembly == ApiAssembly) queue.Enqueue(baseType);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                foreach (var referenced in ReferencedClasses(property.PropertyType)) queue.Enqueue(referenced);
            }
        }
        return seen.OrderBy(t => t.FullName).ToList();
    }

    private static IEnumerable<Type> ReferencedClasses(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Leaves.Contains(type)) yield break;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            foreach (var referenced in ReferencedClasses(argument))
                yield return referenced;
            yield break;
        }
        if (type.Assembly == ApiAssembly && type.IsClass) yield return type;
        else throw new InvalidOperationException($"unexpected property type {type}");
    }

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    [Fact]
    public void Reaches_the_types_of_every_group()
    {
        var types = ReachableTypes();
        types.Count.ShouldBeGreaterThan(350);
        var namespaces = types.Select(t => t.Namespace).Distinct().ToList();
        foreach (var ns in new[] { "Meta", "Core.V1", "Apps.V1", "Batch.V1", "Networking.V1", "Rbac.V1", "Storage.V1", "Policy.V1", "Autoscaling.V1",
                     "Autoscaling.V2", "Scheduling.V1", "Coordination.V1", "Discovery.V1", "Events.V1", "ApiExtensions.V1", "Authentication.V1", "Authorization.V1" })
            namespaces.ShouldContain("Tugboat.Api." + ns);
    }

    [Fact]
    public void Every_property_of_every_reachable_type_has_a_proto_field()
    {
        var missing = new List<string>();
        foreach (var type in ReachableTypes())
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (property.GetCustomAttribute<ProtoFieldAttribute>() is null) missing.Add($"{type.Name}.{property.Name}");
        }
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Field_numbers_are_unique_per_class_and_only_type_meta_is_zero()
    {
        var problems = new List<string>();
        foreach (var type in ReachableTypes().Where(t => !t.IsAbstract))
        {
            var direct = new Dictionary<int, string>();
            var embedded = new Dictionary<(int Embedded, int Number), string>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var attribute = property.GetCustomAttribute<ProtoFieldAttribute>()!;
                var where = $"{type.Name}.{property.Name}";
                if (attribute.Number == 0)
                {
                    if (JsonName(property) is not ("apiVersion" or "kind")) problems.Add($"{where}: number 0 is only for apiVersion and kind");
                    continue;
                }
                if (attribute.Number < 0 || attribute.Embedded < 0) problems.Add($"{where}: negative number");
                if (attribute.Embedded == 0)
                {
                    if (!direct.TryAdd(attribute.Number, where)) problems.Add($"{where}: number {attribute.Number} also used by {direct[attribute.Number]}");
                }
                else if (!embedded.TryAdd((attribute.Embedded, attribute.Number), where))
                {
                    problems.Add($"{where}: number {attribute.Embedded}.{attribute.Number} also used by {embedded[(attribute.Embedded, attribute.Number)]}");
                }
                if (attribute.Kind != ProtoKind.Default && property.PropertyType != typeof(JsonNode)
                    && property.PropertyType != typeof(Dictionary<string, JsonNode>))
                    problems.Add($"{where}: ProtoKind on a non-JSON property");
            }
            foreach (var (group, _) in embedded.Keys)
            {
                if (direct.TryGetValue(group, out var clash)) problems.Add($"{type.Name}: embedded struct number {group} clashes with {clash}");
            }
        }
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Every_reachable_type_has_a_working_decode_plan()
    {
        // Decoding an empty message builds (and checks) the reflection plan of the type.
        foreach (var type in ReachableTypes().Where(t => !t.IsAbstract))
            Should.NotThrow(() => KubernetesProtobuf.DecodeMessage(ReadOnlySpan<byte>.Empty, type), type.FullName);
    }

    [Fact]
    public void Kinds_put_metadata_at_field_1_and_lists_put_items_at_field_2()
    {
        foreach (var type in ReachableTypes())
        {
            if (typeof(KubernetesObject).IsAssignableFrom(type) || typeof(IKubernetesList).IsAssignableFrom(type))
                type.GetProperty("Metadata")!.GetCustomAttribute<ProtoFieldAttribute>()!.Number.ShouldBe(1, type.Name);
            if (typeof(IKubernetesList).IsAssignableFrom(type))
                type.GetProperty("Items")!.GetCustomAttribute<ProtoFieldAttribute>()!.Number.ShouldBe(2, type.Name);
        }
    }
}
