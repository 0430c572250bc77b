using System.CommandLine;
using Bydelsrapport.Serve;

namespace Bydelsrapport.Commands;

/// <summary><c>bydelsrapport serve [--data DIR] [--port N]</c>: the site on localhost, rebuilt as files are saved.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "Datamappen (standard: data/ i repoet du står i)." };
        var port = new Option<int>("--port") { Description = "Porten på localhost (standard 8080).", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Forhåndsvis nettstedet på localhost og bygg på nytt når en YAML-fil eller mal lagres.") { data, port };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (DataFolder.Velg(parse.GetValue(data), Environment.CurrentDirectory, error) is not { } dir)
            {
                return Cli.Bruk;
            }
            var ut = Path.Combine(Path.GetTempPath(), "bydelsrapport-serve-" + Environment.ProcessId);
            using var visning = new Forhandsvisning(dir, Maler.Finn(Path.GetDirectoryName(dir)!), ut, parse.GetValue(port), parse.InvocationConfiguration.Output);
            try
            {
                visning.Start();
            }
            catch (System.Net.HttpListenerException e)
            {
                error.WriteLine($"Kan ikke lytte på port {parse.GetValue(port)}: {e.Message}. Velg en annen med --port.");
                return Cli.Bruk;
            }
            parse.InvocationConfiguration.Output.WriteLine($"Forhåndsvisning på {visning.Adresse} (Ctrl+C for å stoppe).");
            using var stopp = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stopp.Set();
            };
            // A stop signal (a terminal closed, a service manager) ends the preview the same way, so its
            // temporary folder is removed.
            using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, s =>
            {
                s.Cancel = true;
                stopp.Set();
            });
            stopp.Wait();
            return Cli.Ok;
        });
        return command;
    }
}
