using System.CommandLine;
using Bydelsrapport.Diff;
using Bydelsrapport.Load;

namespace Bydelsrapport.Commands;

/// <summary>
/// <c>bydelsrapport diff [--base REF] [--head REF] [--format markdown|tekst|json]</c>: what a change does to
/// the data, read from git itself: figures, rows, rapportering, and findings added or resolved.
/// </summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var basis = new Option<string?>("--base") { Description = "Git-referansen det sammenlignes mot (standard: sammenslåingsbasen med main)." };
        var head = new Option<string?>("--head") { Description = "Git-referansen som vises (standard: arbeidstreet slik det er nå)." };
        var format = new Option<string>("--format") { Description = "markdown (standard; passer i en pull request), tekst eller json.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong(Diffformat.Navn);
        var data = new Option<DirectoryInfo?>("--data") { Description = "Datamappen (standard: data/ i repoet du står i)." };
        var command = new Command("diff", "Vis hvilke tall, rader, rapporteringer og valideringsfunn en endring berører.") { basis, head, format, data };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var temp = Path.Combine(Path.GetTempPath(), "bydelsrapport-diff-" + Guid.NewGuid().ToString("N"));
            try
            {
                var valgt = parse.GetValue(data)?.FullName;
                if (valgt is not null && !Directory.Exists(valgt))
                {
                    error.WriteLine($"Datamappen {valgt} finnes ikke.");
                    return Cli.Bruk;
                }
                var rot = GitRevisjon.Rot(valgt ?? Environment.CurrentDirectory);
                var dataMappe = valgt ?? DataFolder.Find(Environment.CurrentDirectory) ?? Path.Combine(rot, "data");
                var datasti = Path.GetRelativePath(rot, dataMappe).Replace('\\', '/');
                var baseRef = parse.GetValue(basis);
                var baseCommit = baseRef is null ? GitRevisjon.StandardBase(rot) : GitRevisjon.Commit(rot, baseRef);
                GitRevisjon.Hent(rot, baseCommit, datasti, Path.Combine(temp, "base"));
                var gammel = Loader.Load(Path.Combine(temp, "base", datasti));

                var headRef = parse.GetValue(head);
                string headNavn;
                Dataset ny;
                if (headRef is null)
                {
                    headNavn = "arbeidstreet";
                    ny = Loader.Load(dataMappe);
                }
                else
                {
                    var headCommit = GitRevisjon.Commit(rot, headRef);
                    GitRevisjon.Hent(rot, headCommit, datasti, Path.Combine(temp, "head"));
                    ny = Loader.Load(Path.Combine(temp, "head", datasti));
                    headNavn = $"{headRef} ({headCommit[..7]})";
                }
                var resultat = Differ.Sammenlign(baseRef is null ? $"main ({baseCommit[..7]})" : $"{baseRef} ({baseCommit[..7]})", gammel, headNavn, ny);
                parse.InvocationConfiguration.Output.Write(Diffformat.Skriv(resultat, parse.GetValue(format) ?? "markdown"));
                return Cli.Ok;
            }
            catch (GitException e)
            {
                error.WriteLine(e.Message);
                return Cli.Bruk;
            }
            finally
            {
                if (Directory.Exists(temp))
                {
                    Directory.Delete(temp, recursive: true);
                }
            }
        });
        return command;
    }
}
