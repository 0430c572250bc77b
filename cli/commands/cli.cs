using System.CommandLine;

namespace Bydelsrapport.Commands;

/// <summary>The command line: a thin shell over the pipeline (load → validate → compute → render → write).</summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = new InvocationConfiguration
        {
            Output = stdout ?? Console.Out,
            Error = stderr ?? Console.Error,
        };
        var root = new RootCommand("bydelsrapport: årsberetningene til Oslos bydeler som data, kontrollert og gjengitt.")
        {
            ValidateCommand.Create(),
            SchemaCommand.Create(),
            BuildCommand.Create(),
        };
        try
        {
            return root.Parse(args).Invoke(output);
        }
        catch (Exception e)
        {
            // Internal errors only: user data never throws. One line, and where to report it.
            (stderr ?? Console.Error).WriteLine($"Intern feil i bydelsrapport ({e.GetType().Name}: {e.Message}). Meld fra i prosjektets saksliste med kommandoen du kjørte.");
            return 3;
        }
    }
}
