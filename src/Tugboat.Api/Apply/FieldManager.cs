using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tugboat.Api.Json;
using Tugboat.Api.Meta;

namespace Tugboat.Api.Apply;

/// <summary>The apply configuration itself is not acceptable (upstream answers 400 Bad Request).</summary>
public sealed class ApplyRequestException(string message) : Exception(message);

/// <summary>The outcome of a server-side apply: the object to store, its managedFields, and whether the object changed.</summary>
public sealed record ApplyResult(JsonObject Object, List<ManagedFieldsEntry>? ManagedFields, bool Changed);

/// <summary>
/// Keeps metadata.managedFields of the objects of one resource (at one API version, for the resource itself or
/// one subresource) as kube-apiserver's field manager does: ordinary writes record an "Update" manager owning what
/// it changed; server-side apply merges the configuration, records an "Apply" manager owning what it applied,
/// removes what it stopped applying, and refuses to change fields others own unless forced.
/// </summary>
public sealed class FieldManager
{
    public const string BeforeFirstApplyManager = "before-first-apply";
    public const string LastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration";
    public const int MaxUpdateManagers = 10;
    private const string CurrentOperation = "current-operation";
    private const int FieldManagerMaxLength = 128;

    /// <summary>Fields no manager ever owns (upstream's stripMetaManager).</summary>
    private static readonly FieldSet StripSet = FieldSet.Of(
        FieldPath.Of("apiVersion"), FieldPath.Of("kind"), FieldPath.Of("metadata"),
        FieldPath.Of("metadata", "name"), FieldPath.Of("metadata", "namespace"), FieldPath.Of("metadata", "creationTimestamp"),
        FieldPath.Of("metadata", "selfLink"), FieldPath.Of("metadata", "uid"), FieldPath.Of("metadata", "clusterName"),
        FieldPath.Of("metadata", "generation"), FieldPath.Of("metadata", "managedFields"), FieldPath.Of("metadata", "resourceVersion"));

    private static readonly FieldSet StatusOnly = FieldSet.Of(FieldPath.Of("status"));
    private static readonly FieldSet ReplicasOnly = FieldSet.Of(FieldPath.Of("spec", "replicas"));

    private readonly Type _clrType;
    private readonly string _apiVersion;
    private readonly string? _subresource;
    private readonly bool _recordTime;
    private readonly Updater _updater;

    /// <param name="clrType">The C# type of the resource's objects.</param>
    /// <param name="apiVersion">The group/version the objects are served at ("apps/v1").</param>
    /// <param name="subresource">null for the resource itself, or "status", "scale", ...</param>
    /// <param name="hasStatusSubresource">Whether status is written through its own subresource (then the resource itself does not own it).</param>
    public FieldManager(Type clrType, string apiVersion, string? subresource, bool hasStatusSubresource)
    {
        _clrType = clrType;
        _apiVersion = apiVersion;
        _subresource = string.IsNullOrEmpty(subresource) ? null : subresource;
        // The fields the request's strategy resets do not count (upstream's GetResetFields).
        Func<FieldSet, FieldSet>? ignore = _subresource switch
        {
            "status" => set => set.KeepPrefixes(StatusOnly),
            "scale" => set => set.KeepPrefixes(ReplicasOnly),
            null when hasStatusSubresource => set => set.RecursiveDifference(StatusOnly),
            _ => null,
        };
        // Scale writes keep the time their entry had in the parent (upstream's ScaleHandler).
        _recordTime = _subresource != "scale";
        _updater = new Updater(ApplyType.For(clrType), ignore);
    }

    /// <summary>The manager of a request without fieldManager: the User-Agent up to its first "/" ("kubectl").</summary>
    public static string ManagerFromUserAgent(string? userAgent)
    {
        var prefix = (userAgent ?? "").Split('/')[0];
        var builder = new StringBuilder();
        foreach (var rune in prefix.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                continue;
            if (Encoding.UTF8.GetByteCount(builder.ToString()) + rune.Utf8SequenceLength > FieldManagerMaxLength) break;
            builder.Append(rune.ToString());
        }
        return builder.ToString();
    }

    /// <summary>
    /// The managedFields after an ordinary write (create when <paramref name="live"/> is null, update, non-apply
    /// patch) by <paramref name="manager"/>, given the object as stored (<paramref name="updated"/>) and the
    /// managedFields the request carried (<paramref name="requested"/>; an empty list clears them). Null when the
    /// object keeps no managedFields. Never fails: when ownership cannot be worked out the live entries are kept.
    /// </summary>
    public List<ManagedFieldsEntry>? Update(IKubernetesObject? live, IKubernetesObject updated, IReadOnlyList<ManagedFieldsEntry>? requested,
        string manager, DateTimeOffset now)
    {
        try
        {
            ManagedFields managed;
            if (_subresource is not null) managed = ManagedFields.DecodeOrEmpty(live?.Metadata.ManagedFields);
            else if (ManagedFields.IsReset(requested)) managed = new ManagedFields();
            else
            {
                managed = ManagedFields.DecodeOrEmpty(requested);
                if (managed.Fields.Count == 0) managed = ManagedFields.DecodeOrEmpty(live?.Metadata.ManagedFields);
            }
            // An existing object without managedFields is not tracked until it is applied to.
            if (managed.Fields.Count == 0 && live is not null) return null;

            var liveJson = live is null ? ZeroObject.For(_clrType) : ToJson(live);
            RecordUpdate(managed, liveJson, ToJson(updated), manager, now);
            managed.CapUpdateManagers(MaxUpdateManagers);
            return managed.Encode();
        }
        catch (Exception e) when (e is ApplyValidationException or FormatException or JsonException or InvalidOperationException)
        {
            return live?.Metadata.ManagedFields;
        }
    }

    private void RecordUpdate(ManagedFields managed, JsonObject live, JsonObject updated, string manager, DateTimeOffset now)
    {
        _updater.Update(live, updated, _apiVersion, managed.Fields, CurrentOperation);
        Strip(managed.Fields, CurrentOperation);
        if (!managed.Fields.Remove(CurrentOperation, out var taken)) return;
        var id = ManagedFields.Identifier(manager, ManagedFields.Update, _apiVersion, _subresource);
        if (managed.Fields.TryGetValue(id, out var previous)) taken = taken with { Set = taken.Set.Union(previous.Set) };
        managed.Fields[id] = taken;
        if (_recordTime) managed.Times[id] = now;
    }

    /// <summary>
    /// Server-side apply of <paramref name="config"/> by <paramref name="manager"/> to <paramref name="live"/>
    /// (null: the object is created). <paramref name="normalize"/> turns a merged object into its stored form
    /// (decoding it as the API type), so that values written differently compare equal.
    /// </summary>
    /// <exception cref="ApplyRequestException">The configuration carries managedFields or another apiVersion (400).</exception>
    /// <exception cref="ApplyValidationException">The configuration does not fit the schema.</exception>
    /// <exception cref="ConflictException">The apply changes fields other managers own and is not forced (409).</exception>
    public ApplyResult Apply(IKubernetesObject? live, JsonObject config, string manager, bool force, Func<JsonObject, JsonObject>? normalize, DateTimeOffset now)
    {
        if (config["apiVersion"] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() != _apiVersion)
            throw new ApplyRequestException($"Incorrect version specified in apply patch. Specified patch version: {v.GetValue<string>()}, expected: {_apiVersion}");
        if (config["metadata"] is JsonObject meta && meta["managedFields"] is not null)
            throw new ApplyRequestException("metadata.managedFields must be nil");

        var managed = live is null ? new ManagedFields() : ManagedFields.Decode(live.Metadata.ManagedFields);
        var liveJson = live is null ? new JsonObject() : ToJson(live);
        if (live is not null && managed.Fields.Count == 0)
            RecordUpdate(managed, ZeroObject.For(_clrType), liveJson, BeforeFirstApplyManager, now);

        var id = ManagedFields.Identifier(manager, ManagedFields.Apply, null, _subresource);
        Dictionary<string, ManagedSet> fields;
        JsonObject result;
        bool changed;
        try
        {
            fields = new Dictionary<string, ManagedSet>(managed.Fields, StringComparer.Ordinal);
            (result, changed) = _updater.Apply(liveJson, config, _apiVersion, fields, id, force, normalize);
        }
        catch (ConflictException conflict) when (manager == "kubectl" && !force)
        {
            // Upgrading from client-side apply: fields kubectl last applied client-side and that still hold their
            // last-applied value may be taken over (upstream's lastAppliedManager).
            var allowed = AllowedFromLastApplied(live, liveJson);
            if (allowed is null) throw;
            var remaining = conflict.Conflicts.Where(c => !allowed.Has(c.Path)).ToList();
            if (remaining.Count > 0) throw new ConflictException(remaining);
            fields = new Dictionary<string, ManagedSet>(managed.Fields, StringComparer.Ordinal);
            (result, changed) = _updater.Apply(liveJson, config, _apiVersion, fields, id, force: true, normalize);
        }

        managed.Fields.Clear();
        foreach (var (key, value) in fields) managed.Fields[key] = value;
        Strip(managed.Fields, id);
        if (changed) managed.Times[id] = now;
        else result = (JsonObject)liveJson.DeepClone();

        // kubectl's server-side apply keeps a client-side apply annotation in step (upstream's lastAppliedUpdater).
        if (manager == "kubectl" && LastApplied(live) is { Length: > 0 })
            SetAnnotation(result, LastAppliedAnnotation, BuildLastApplied(config));

        return new ApplyResult(result, managed.Encode(), changed);
    }

    private static void Strip(Dictionary<string, ManagedSet> fields, string manager)
    {
        if (!fields.TryGetValue(manager, out var managed)) return;
        var set = managed.Set.Difference(StripSet);
        if (set.IsEmpty) fields.Remove(manager);
        else fields[manager] = managed with { Set = set };
    }

    private static string? LastApplied(IKubernetesObject? live) =>
        live?.Metadata.Annotations?.GetValueOrDefault(LastAppliedAnnotation);

    private FieldSet? AllowedFromLastApplied(IKubernetesObject? live, JsonObject liveJson)
    {
        if (LastApplied(live) is not { Length: > 0 } text) return null;
        try
        {
            if (JsonNode.Parse(text) is not JsonObject lastApplied) return null;
            if (lastApplied["apiVersion"]?.GetValue<string>() != _apiVersion) return null;
            var set = TypedValue.ToFieldSetValidated(lastApplied, _updater.Type);
            var comparison = TypedValue.Compare(lastApplied, liveJson, _updater.Type);
            return set.Difference(comparison.Modified).Difference(comparison.Added).Difference(comparison.Removed);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ApplyValidationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The annotation value: the applied configuration without the annotation, as Go encodes it (sorted keys, newline).</summary>
    private static string BuildLastApplied(JsonObject config)
    {
        var copy = (JsonObject)config.DeepClone();
        if (copy["metadata"] is JsonObject meta && meta["annotations"] is JsonObject annotations) annotations.Remove(LastAppliedAnnotation);
        return GoJson.Encode(copy) + "\n";
    }

    private static void SetAnnotation(JsonObject obj, string key, string value)
    {
        if (obj["metadata"] is not JsonObject meta) obj["metadata"] = meta = new JsonObject();
        if (meta["annotations"] is not JsonObject annotations) meta["annotations"] = annotations = new JsonObject();
        annotations[key] = value;
    }

    /// <summary>An object as JSON in its stored form, without its managedFields.</summary>
    public static JsonObject ToJson(IKubernetesObject obj)
    {
        var node = JsonSerializer.SerializeToNode(obj, obj.GetType(), ApiJson.Options) as JsonObject ?? new JsonObject();
        if (node["metadata"] is JsonObject meta) meta.Remove("managedFields");
        return node;
    }

    /// <summary>The status causes of an apply conflict (type FieldManagerConflict), as upstream's NewConflictError.</summary>
    public static List<StatusCause> ConflictCauses(IReadOnlyList<Conflict> conflicts) =>
        conflicts.Select(c => new StatusCause
        {
            Reason = "FieldManagerConflict",
            Message = $"conflict with {ManagedFields.PrintManager(c.Manager)}",
            Field = c.Path.ToString(),
        }).ToList();
}
