using System.CommandLine;
using Bydelsrapport.Load;
using Bydelsrapport.Schema;

namespace Bydelsrapport.Commands;

/// <summary><c>bydelsrapport skjema [--ut MAPPE]</c>: writes the JSON Schemas that editors use, from the data contract.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var ut = new Option<DirectoryInfo?>("--ut") { Description = $"Mappen skjemaene skrives til (standard: {SchemaWriter.Folder} i repoet)." };
        var command = new Command("skjema", "Skriv JSON Schema for hver filtype (for VS Code og andre redigeringsverktøy).") { ut };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(ut)?.FullName
                ?? (DataFolder.Find(Environment.CurrentDirectory) is { } data ? Path.Combine(Path.GetDirectoryName(data)!, SchemaWriter.Folder) : null);
            if (dir is null)
            {
                parse.InvocationConfiguration.Error.WriteLine("Fant ikke repoet. Stå i repoet, eller oppgi --ut MAPPE.");
                return 2;
            }
            Directory.CreateDirectory(dir);
            foreach (var (kind, shape) in Shapes.FileKinds)
            {
                var path = Path.Combine(dir, $"{kind}.schema.json");
                AtomicFile.Write(path, SchemaWriter.Write(kind, shape));
                parse.InvocationConfiguration.Output.WriteLine(Path.GetRelativePath(Environment.CurrentDirectory, path));
            }
            return 0;
        });
        return command;
    }
}
