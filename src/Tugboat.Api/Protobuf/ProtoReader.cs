namespace Tugboat.Api.Protobuf;

/// <summary>Protobuf wire types.</summary>
internal enum WireType
{
    Varint = 0,
    Fixed64 = 1,
    LengthDelimited = 2,
    StartGroup = 3,
    EndGroup = 4,
    Fixed32 = 5,
}

/// <summary>A forward-only reader of protobuf wire format over a span; every error is a <see cref="FormatException"/>.</summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool End => _position >= _data.Length;
    public readonly int Position => _position;

    /// <summary>Reads a field key: its number and wire type.</summary>
    public (int Field, WireType Wire) ReadTag()
    {
        var at = _position;
        var key = ReadVarint();
        var field = key >> 3;
        var wire = (WireType)(key & 7);
        if (field == 0 || field > 536_870_911)
            throw new FormatException($"protobuf: invalid field number {field} at offset {at}");
        if (wire is not (WireType.Varint or WireType.Fixed64 or WireType.LengthDelimited or WireType.StartGroup or WireType.EndGroup or WireType.Fixed32))
            throw new FormatException($"protobuf: invalid wire type {(int)wire} for field {field} at offset {at}");
        return ((int)field, wire);
    }

    public ulong ReadVarint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            if (_position >= _data.Length)
                throw new FormatException("protobuf: unexpected end of data in varint");
            var b = _data[_position++];
            if (shift == 63 && b > 1)
                throw new FormatException("protobuf: varint overflows 64 bits");
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return result;
        }
        throw new FormatException("protobuf: varint longer than 10 bytes");
    }

    public ulong ReadFixed64()
    {
        if (_data.Length - _position < 8)
            throw new FormatException("protobuf: unexpected end of data in fixed64");
        var value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(_data.Slice(_position, 8));
        _position += 8;
        return value;
    }

    public uint ReadFixed32()
    {
        if (_data.Length - _position < 4)
            throw new FormatException("protobuf: unexpected end of data in fixed32");
        var value = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(_data.Slice(_position, 4));
        _position += 4;
        return value;
    }

    public ReadOnlySpan<byte> ReadLengthDelimited()
    {
        var length = ReadVarint();
        if (length > (ulong)(_data.Length - _position))
            throw new FormatException($"protobuf: length {length} runs past the end of the data ({_data.Length - _position} bytes left)");
        var slice = _data.Slice(_position, (int)length);
        _position += (int)length;
        return slice;
    }

    /// <summary>Skips the value of a field of the given wire type (unknown fields).</summary>
    public void Skip(int field, WireType wire, int depth = 0)
    {
        if (depth > KubernetesProtobuf.MaxDepth)
            throw new FormatException("protobuf: groups nested too deeply");
        switch (wire)
        {
            case WireType.Varint: ReadVarint(); break;
            case WireType.Fixed64: ReadFixed64(); break;
            case WireType.Fixed32: ReadFixed32(); break;
            case WireType.LengthDelimited: ReadLengthDelimited(); break;
            case WireType.StartGroup:
                while (true)
                {
                    if (End) throw new FormatException($"protobuf: unterminated group {field}");
                    var (inner, innerWire) = ReadTag();
                    if (innerWire == WireType.EndGroup)
                    {
                        if (inner != field) throw new FormatException($"protobuf: group {field} closed by end of group {inner}");
                        return;
                    }
                    Skip(inner, innerWire, depth + 1);
                }
            default:
                throw new FormatException($"protobuf: unexpected end of group {field}");
        }
    }
}
