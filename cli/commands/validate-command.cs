using System.CommandLine;
using Bydelsrapport.Load;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Commands;

/// <summary><c>bydelsrapport validate [--data DIR]</c>: every finding, sorted; exit 0 when nothing fails, 1 when something does.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data")
        {
            Description = "Datamappen (standard: data/ i repoet du står i).",
        };
        var format = new Option<string>("--format")
        {
            Description = "Utdata: tekst (standard), github (annotasjoner i GitHub Actions) eller json.",
            DefaultValueFactory = _ => "tekst",
        };
        format.AcceptOnlyFromAmong(FindingFormats.Names);
        var command = new Command("validate", "Sjekk alle datafiler mot skjema, katalog og regnestykker.") { data, format };
        var utvalg = new Utvalg();
        utvalg.LeggTil(command);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var dir = parse.GetValue(data)?.FullName ?? DataFolder.Find(Environment.CurrentDirectory);
            if (dir is null || !Directory.Exists(dir))
            {
                error.WriteLine(dir is null
                    ? "Fant ingen data/-mappe her eller i en mappe over. Stå i repoet, eller oppgi --data MAPPE."
                    : $"Datamappen {dir} finnes ikke. Oppgi en mappe som finnes med --data.");
                return 2;
            }
            var alt = Loader.Load(dir);
            if (utvalg.Ukjent(parse, alt) is { } feil)
            {
                error.WriteLine(feil);
                return 2;
            }
            var resultat = Validator.Validate(utvalg.Begrens(parse, alt));
            var prefix = Path.GetRelativePath(Environment.CurrentDirectory, dir).Replace('\\', '/');
            var visning = resultat with { Funn = resultat.Funn.Select(f => f with { File = $"{prefix}/{f.File}" }).ToList() };
            FindingFormats.Write(output, parse.GetValue(format) ?? "tekst", visning);
            return resultat.Feiler ? 1 : 0;
        });
        return command;
    }
}

/// <summary>Finds the data/ folder of the repository you stand in: here or in a parent folder.</summary>
public static class DataFolder
{
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(candidate) && (File.Exists(Path.Combine(dir.FullName, "Bydelsrapport.sln")) || Directory.Exists(Path.Combine(candidate, Loader.KatalogMappe))))
            {
                return candidate;
            }
        }
        return null;
    }
}
