using System.Buffers.Binary;
using System.Text;

namespace Tugboat.Api.Tests.Protobuf;

/// <summary>A tiny protobuf writer for building test bodies by hand, field by field.</summary>
public sealed class ProtoWriter
{
    private readonly List<byte> _bytes = [];

    public byte[] ToArray() => [.. _bytes];

    public ProtoWriter Tag(int field, int wireType)
    {
        RawVarint(((ulong)field << 3) | (uint)wireType);
        return this;
    }

    public ProtoWriter RawVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }
        _bytes.Add((byte)value);
        return this;
    }

    public ProtoWriter RawBytes(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    /// <summary>int32/int64 as protobuf writes them: a negative value is sign-extended to a 10-byte varint.</summary>
    public ProtoWriter Int(int field, long value) => Tag(field, 0).RawVarint(unchecked((ulong)value));

    public ProtoWriter Bool(int field, bool value) => Int(field, value ? 1 : 0);

    public ProtoWriter Double(int field, double value)
    {
        Tag(field, 1);
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(buffer, value);
        _bytes.AddRange(buffer.ToArray());
        return this;
    }

    public ProtoWriter Bytes(int field, byte[] value)
    {
        Tag(field, 2).RawVarint((ulong)value.Length);
        _bytes.AddRange(value);
        return this;
    }

    public ProtoWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtoWriter Message(int field, Action<ProtoWriter> build)
    {
        var inner = new ProtoWriter();
        build(inner);
        return Bytes(field, inner.ToArray());
    }

    /// <summary>A packed repeated varint field.</summary>
    public ProtoWriter Packed(int field, params long[] values)
    {
        var inner = new ProtoWriter();
        foreach (var value in values) inner.RawVarint(unchecked((ulong)value));
        return Bytes(field, inner.ToArray());
    }

    /// <summary>One entry of a map&lt;string, string&gt; field.</summary>
    public ProtoWriter MapEntry(int field, string key, string value) => Message(field, e => e.String(1, key).String(2, value));

    /// <summary>One entry of a map&lt;string, bytes&gt; field.</summary>
    public ProtoWriter MapEntry(int field, string key, byte[] value) => Message(field, e => e.String(1, key).Bytes(2, value));

    /// <summary>One entry of a map whose value is a message.</summary>
    public ProtoWriter MapEntry(int field, string key, Action<ProtoWriter> value) => Message(field, e => e.String(1, key).Message(2, value));

    /// <summary>resource.Quantity {1: string}.</summary>
    public ProtoWriter Quantity(int field, string value) => Message(field, q => q.String(1, value));

    /// <summary>intstr.IntOrString holding an int, written in full as gogo protobuf does.</summary>
    public ProtoWriter IntOrString(int field, int value) => Message(field, v => v.Int(1, 0).Int(2, value).String(3, ""));

    /// <summary>intstr.IntOrString holding a string.</summary>
    public ProtoWriter IntOrString(int field, string value) => Message(field, v => v.Int(1, 1).Int(2, 0).String(3, value));

    /// <summary>metav1.Time / MicroTime {1: seconds, 2: nanos}.</summary>
    public ProtoWriter Time(int field, DateTimeOffset value, int nanos = 0) =>
        Message(field, t =>
        {
            t.Int(1, value.ToUnixTimeSeconds());
            if (nanos != 0) t.Int(2, nanos);
        });

    /// <summary>Raw JSON in a {1: bytes} message (RawExtension, FieldsV1, apiextensions JSON).</summary>
    public ProtoWriter RawJson(int field, string json) => Message(field, r => r.Bytes(1, Encoding.UTF8.GetBytes(json)));

    /// <summary>
    /// metav1.ObjectMeta as a Go client writes it: every non-pointer field is present, zero values included, and the
    /// zero creationTimestamp is an empty message.
    /// </summary>
    public ProtoWriter ObjectMeta(int field, string name, string ns = "", IReadOnlyDictionary<string, string>? labels = null,
        IReadOnlyDictionary<string, string>? annotations = null) =>
        Message(field, m =>
        {
            m.String(1, name).String(2, "").String(3, ns).String(4, "").String(5, "").String(6, "").Int(7, 0).Message(8, _ => { });
            foreach (var (key, value) in labels ?? new Dictionary<string, string>()) m.MapEntry(11, key, value);
            foreach (var (key, value) in annotations ?? new Dictionary<string, string>()) m.MapEntry(12, key, value);
        });

    /// <summary>"k8s\0" + runtime.Unknown{typeMeta, raw, contentEncoding "", contentType ""}.</summary>
    public static byte[] Envelope(string apiVersion, string kind, byte[] raw)
    {
        var unknown = new ProtoWriter()
            .Message(1, t => t.String(1, apiVersion).String(2, kind))
            .Bytes(2, raw)
            .String(3, "")
            .String(4, "");
        return [.. "k8s\0"u8, .. unknown.ToArray()];
    }

    public static byte[] Envelope(string apiVersion, string kind, Action<ProtoWriter> build)
    {
        var raw = new ProtoWriter();
        build(raw);
        return Envelope(apiVersion, kind, raw.ToArray());
    }
}
