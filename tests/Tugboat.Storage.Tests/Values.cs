using System.Text;

namespace Tugboat.Storage.Tests;

internal static class Values
{
    public static byte[] Of(string text) => Encoding.UTF8.GetBytes(text);

    public static string Text(this KeyValue kv) => Encoding.UTF8.GetString(kv.Value);
}
