namespace Tugboat.Storage.Tests;

/// <summary>The test assembly doubles as the crash test's child process; the test host never calls this.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [CrashWriter.Command, var path])
        {
            return await CrashWriter.RunAsync(path);
        }
        await Console.Error.WriteLineAsync($"usage: {CrashWriter.Command} DATABASE");
        return 2;
    }
}
