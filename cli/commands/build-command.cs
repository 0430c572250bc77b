using System.CommandLine;
using Bydelsrapport.Load;
using Bydelsrapport.Render;
using Bydelsrapport.Validate;
using Bydelsrapport.Write;

namespace Bydelsrapport.Commands;

/// <summary>
/// <c>bydelsrapport build [--data DIR] [--ut DIR] [--check]</c>: validate, then write each report as
/// Markdown into its own data folder (committed, so a pull request shows data and report side by side)
/// and as HTML into --ut. Errors stop the build before anything is written. --check writes nothing and
/// fails when a committed report differs from what the data gives.
/// </summary>
public static class BuildCommand
{
    public const string MarkdownFil = "arsberetning.md";

    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "Datamappen (standard: data/ i repoet du står i)." };
        var ut = new Option<DirectoryInfo?>("--ut") { Description = "Mappen HTML-sidene skrives til (standard: ut/ i repoet)." };
        var check = new Option<bool>("--check") { Description = "Skriv ingenting; feil hvis en innsjekket rapport ikke stemmer med dataene." };
        var streng = new Option<bool>("--streng") { Description = "Uferdig arbeid (TODO, tomme tall) stopper byggingen." };
        var command = new Command("build", "Valider og skriv årsberetningene som Markdown (i datamappen) og HTML.") { data, ut, check, streng };
        var utvalg = new Utvalg();
        utvalg.LeggTil(command);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (DataFolder.Velg(parse.GetValue(data), Environment.CurrentDirectory, error) is not { } dir)
            {
                return Cli.Bruk;
            }
            var repo = Path.GetDirectoryName(dir)!;
            Dataset alt;
            using (Tidtaking.Start("les"))
            {
                alt = Loader.Load(dir, utvalg.Lesefilter(parse));
            }
            if (utvalg.Ukjent(parse, alt) is { } ukjent)
            {
                error.WriteLine(ukjent);
                return 2;
            }
            var dataset = utvalg.Begrens(parse, alt);
            Valideringsresultat resultat;
            using (Tidtaking.Start("valider"))
            {
                resultat = Validator.Validate(dataset, parse.GetValue(streng));
            }
            if (resultat.Feiler)
            {
                foreach (var f in resultat.Funn.Where(f => f.Fails))
                {
                    error.WriteLine(f with { File = Path.Combine(Path.GetRelativePath(Environment.CurrentDirectory, dir), f.File).Replace('\\', '/') });
                }
                error.WriteLine($"{resultat.Feil} feil: ingenting er skrevet. Rett feilene (se bydelsrapport validate) og bygg på nytt.");
                return 1;
            }
            var utMappe = parse.GetValue(ut)?.FullName ?? Path.Combine(repo, "ut");
            var relativ = (string p) => Path.GetRelativePath(Environment.CurrentDirectory, p).Replace('\\', '/');
            if (parse.GetValue(check))
            {
                return Sjekk(dataset, repo, dir, utMappe, output, error, relativ);
            }
            var pagefind = Site.Sok.Finn(repo);
            using (var skriving = new Skriving())
            {
                if (!Gjengi(() => Bygg.Hver(dataset, Maler.Finn(repo), dir, utMappe, skriving.Legg, Fremdrift.For(error), Site.Punkt.Finn(repo), pagefind is not null), error))
                {
                    return Cli.Funn;
                }
                using (Tidtaking.Start("flytt på plass"))
                {
                    skriving.Fullfor();
                }
                foreach (var sti in skriving.Stier)
                {
                    output.WriteLine(relativ(sti));
                }
            }
            if (pagefind is null)
            {
                error.WriteLine("Pagefind er ikke installert (npm ci): nettstedet er bygd uten søk. Alt annet virker.");
                return 0;
            }
            if (Site.Sok.Indekser(pagefind, utMappe) is { } pagefindFeil)
            {
                error.WriteLine($"Søkeindeksen ble ikke laget: {pagefindFeil}");
                error.WriteLine("Sidene er skrevet, men søket på forsiden virker ikke før indekseringen lykkes. Kjør `npm ci` og bygg på nytt.");
                return 1;
            }
            output.WriteLine(relativ(Path.Combine(utMappe, Site.Sok.Mappe)) + "/ (søkeindeksen, Pagefind)");
            return 0;
        });
        return command;
    }

    /// <summary>--check: renders the Markdown reports and compares each with the committed file; writes nothing.</summary>
    private static int Sjekk(Dataset dataset, string repo, string dir, string utMappe, TextWriter output, TextWriter error, Func<string, string> relativ)
    {
        var avvik = new System.Collections.Concurrent.ConcurrentBag<string>();
        var antall = 0;
        void Sammenlign(Utdata f)
        {
            if (f.Sjekkes)
            {
                Interlocked.Increment(ref antall);
                if (!File.Exists(f.Sti) || File.ReadAllText(f.Sti) != f.Innhold)
                {
                    avvik.Add(f.Sti);
                }
            }
        }
        if (!Gjengi(() => Bygg.Hver(dataset, Maler.Finn(repo), dir, utMappe, Sammenlign), error))
        {
            return Cli.Funn;
        }
        foreach (var sti in avvik.Order(StringComparer.Ordinal))
        {
            error.WriteLine($"{relativ(sti)}: stemmer ikke med dataene. Kjør `bydelsrapport build` og sjekk inn resultatet.");
        }
        output.WriteLine(avvik.IsEmpty ? $"{antall} rapporter stemmer med dataene." : $"{avvik.Count} rapporter er utdatert.");
        return avvik.IsEmpty ? 0 : 1;
    }

    /// <summary>Runs the render stage; a template error is one line, and false (the caller's <see cref="Skriving"/> then deletes what was written).</summary>
    private static bool Gjengi(Action gjengi, TextWriter error)
    {
        try
        {
            gjengi();
            return true;
        }
        catch (Exception e) when (e is RenderException || e is AggregateException { InnerException: RenderException })
        {
            var feil = e as RenderException ?? (RenderException)e.InnerException!;
            error.WriteLine($"Malfeil: {feil.Message} Ingenting er skrevet.");
            return false;
        }
    }
}

/// <summary>Renders every report of the data set in both formats, and the static site around them.</summary>
public static class Bygg
{
    /// <summary>
    /// Renders reports in parallel (pays off under Native AOT, where no JIT competes for the cores) and
    /// hands each file to <paramref name="motta"/> as soon as it is made, from the thread that made it.
    /// The site pages are one job among the reports, started first: the longest single job runs beside
    /// the reports instead of after them.
    /// </summary>
    /// <param name="punkt">node_modules/@oslokommune with Punkt installed (<see cref="Site.Punkt.Finn"/>), or null for the inline style.</param>
    /// <param name="sok">The caller will index the written site with Pagefind (<see cref="Site.Sok"/>), so the front page gets a search box.</param>
    /// <param name="rapporter">Only these reports are rendered (the preview's rebuild of one bydel); the site pages always come from all.</param>
    public static void Hver(Dataset dataset, string maler, string dataRoot, string ut, Action<Utdata> motta, Action<int, int>? fremdrift = null,
        string? punkt = null, bool sok = false, Func<Model.Rapport, bool>? rapporter = null)
    {
        var renderer = new Renderer(maler) { Punkt = punkt is not null };
        var valgte = dataset.Rapporter.Where(r => rapporter?.Invoke(r) ?? true).OrderBy(r => r.Mappe, StringComparer.Ordinal).ToList();
        var ferdig = 0;
        using var tid = Tidtaking.Start("gjengi");
        Parallel.For(-1, valgte.Count, i =>
        {
            if (i < 0)
            {
                using var nettsted = Tidtaking.Start("nettsted (samtidig med rapportene)");
                foreach (var f in Site.Nettsted.Lag(dataset, renderer, ut, punkt, sok))
                {
                    motta(f);
                }
                return;
            }
            foreach (var f in Rapport(renderer, dataset, valgte[i], dataRoot, ut))
            {
                motta(f);
            }
            fremdrift?.Invoke(Interlocked.Increment(ref ferdig), valgte.Count);
        });
    }

    /// <summary>Every file in memory, sorted by path (tests, the preview).</summary>
    public static IReadOnlyList<Utdata> Alle(Dataset dataset, string maler, string dataRoot, string ut, Action<int, int>? fremdrift = null, string? punkt = null,
        bool sok = false, Func<Model.Rapport, bool>? rapporter = null)
    {
        var filer = new System.Collections.Concurrent.ConcurrentBag<Utdata>();
        Hver(dataset, maler, dataRoot, ut, filer.Add, fremdrift, punkt, sok, rapporter);
        return [.. filer.OrderBy(f => f.Sti, StringComparer.Ordinal)];
    }

    private static List<Utdata> Rapport(Renderer renderer, Dataset dataset, Model.Rapport rapport, string dataRoot, string ut)
    {
        var katalog = dataset.Kataloger.GetValueOrDefault(rapport.Ar);
        var bydelMappe = Path.GetDirectoryName(Path.Combine(dataRoot, rapport.Mappe))!;
        var overstyring = Path.Combine(bydelMappe, Loader.MalerMappe);
        var overstyr = Directory.Exists(overstyring) ? overstyring : null;
        var modell = new Visningsmodell(rapport, katalog).Lag();
        return
        [
            new Utdata(Path.Combine(dataRoot, rapport.Mappe, BuildCommand.MarkdownFil),
                renderer.Render(modell, Format.Markdown, overstyr), Sjekkes: true),
            new Utdata(Path.Combine(ut, rapport.Mappe, "index.html"),
                renderer.Render(modell, Format.Html, overstyr), Sjekkes: false),
        ];
    }
}

/// <summary>Progress for people at a terminal; nothing in CI or when output is redirected.</summary>
public static class Fremdrift
{
    public static Action<int, int>? For(TextWriter error)
    {
        if (Console.IsErrorRedirected || error != Console.Error || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            return null;
        }
        var las = new Lock();
        return (ferdig, totalt) =>
        {
            lock (las)
            {
                error.Write(ferdig == totalt ? "\r\u001b[K" : $"\rBygger rapporter: {ferdig}/{totalt}");
            }
        };
    }
}

/// <summary>Where the templates are: the repository's templates/ when there is one, else those shipped with the tool.</summary>
public static class Maler
{
    public static string Finn(string repo)
    {
        var iRepo = Path.Combine(repo, "templates");
        return Directory.Exists(iRepo) ? iRepo : Path.Combine(AppContext.BaseDirectory, "templates");
    }
}
