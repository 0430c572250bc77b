using Bydelsrapport.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Bydelsrapport.Render;

/// <summary>An output format: its template folder and file extension.</summary>
public sealed record Format(string Navn, string Filending)
{
    public static readonly Format Markdown = new("md", ".md");
    public static readonly Format Html = new("html", ".html");
}

/// <summary>A template that does not parse or fails while rendering: file(line,col): message.</summary>
public sealed class RenderException(string message) : Exception(message);

/// <summary>
/// Render stage: the view model through Scriban templates. One template per block type and one for
/// the whole report, in templates/&lt;format&gt;/; a bydel overrides one block by putting a template of
/// the same name in data/&lt;bydel&gt;/maler/&lt;format&gt;/. Strict: a typo in a template fails the build.
/// </summary>
public sealed class Renderer(string templatesRoot)
{
    // Reports render in parallel: parsed templates are shared, each render has its own context.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Template> _cache = new(StringComparer.Ordinal);

    /// <summary>HTML pages link Oslo kommune's Punkt CSS (copied into the site's assets/) besides the inline style.</summary>
    public bool Punkt { get; init; }

    /// <summary>The templates folder, for the site's files that are copied as they are (the search script).</summary>
    public string Mappe => templatesRoot;

    public string Render(Rapport rapport, Katalog? katalog, Format format, string? overrideRoot = null) =>
        Render(new Visningsmodell(rapport, katalog).Lag(), format, overrideRoot);

    /// <summary>A view model made once (<see cref="Visningsmodell.Lag"/>) renders in every format.</summary>
    public string Render(ScriptObject modell, Format format, string? overrideRoot = null) =>
        Normaliser(NySession(format, overrideRoot).RenderTemplate("rapport", So.Obj(("rapport", modell))));

    /// <summary>One block through its template (with the bydel's override, if any).</summary>
    public string RenderBlokk(Rapport rapport, Katalog? katalog, Kapittel kapittel, Blokk blokk, Format format, string? overrideRoot = null)
    {
        var modell = new Visningsmodell(rapport, katalog).LagBlokk(blokk, kapittel);
        return Normaliser(NySession(format, overrideRoot).RenderTemplate("blokk-" + modell["type"], So.Obj(("blokk", modell))));
    }

    /// <summary>
    /// A page of the static site: its template from templates/site/, shared parts (the table) from
    /// templates/html/, so a comparison table is laid out exactly like a report's table.
    /// </summary>
    public string RenderSide(string mal, ScriptObject globals) =>
        Normaliser(new Session(this, [Path.Combine(templatesRoot, "site"), Path.Combine(templatesRoot, Format.Html.Navn)]).RenderTemplate(mal, globals));

    private Session NySession(Format format, string? overrideRoot)
    {
        var folders = new List<string>();
        if (overrideRoot is not null)
        {
            folders.Add(Path.Combine(overrideRoot, format.Navn));
        }
        folders.Add(Path.Combine(templatesRoot, format.Navn));
        return new Session(this, folders);
    }

    /// <summary>
    /// Templates compose blocks that each end with a blank line; runs of blank lines are collapsed to
    /// one and the file ends with exactly one newline, so the output is stable and diffs are clean.
    /// </summary>
    internal static string Normaliser(string tekst)
    {
        var sb = new System.Text.StringBuilder(tekst.Length);
        var tomme = 0;
        var start = 0;
        while (start <= tekst.Length)
        {
            var slutt = tekst.IndexOf('\n', start);
            if (slutt < 0)
            {
                slutt = tekst.Length;
            }
            var linje = tekst.AsSpan(start, slutt - start);
            if (slutt < tekst.Length && linje.EndsWith("\r"))
            {
                linje = linje[..^1];
            }
            start = slutt + 1;
            if (linje.IsWhiteSpace())
            {
                tomme++;
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append(tomme > 0 ? "\n\n" : "\n");
            }
            sb.Append(linje);
            tomme = 0;
        }
        return sb.Append('\n').ToString();
    }

    private Template Parse(string path)
    {
        if (_cache.TryGetValue(path, out var cached))
        {
            return cached;
        }
        var template = Template.Parse(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), path);
        if (template.HasErrors)
        {
            throw new RenderException(string.Join("\n", template.Messages.Select(m => m.ToString())));
        }
        return _cache.GetOrAdd(path, template);
    }

    /// <summary>Scriban's builtins and our functions, made once: a context per report would otherwise rebuild them.</summary>
    private ScriptObject Builtins => field ??= TemplateContext.GetDefaultBuiltinObject();

    private ScriptObject Funksjoner => field ??= Bydelsrapport.Render.Funksjoner.Lag(Punkt);

    internal sealed class Session(Renderer owner, IReadOnlyList<string> folders)
    {
        private readonly Dictionary<string, string?> _stier = new(StringComparer.Ordinal);
        private Kontekst? _context;

        /// <summary>
        /// Renders one template with its globals into a string, in the session's one context: a report
        /// renders hundreds of blocks, and a fresh TemplateContext for each would cost more than the
        /// blocks themselves.
        /// </summary>
        public string RenderTemplate(string name, ScriptObject globals)
        {
            var context = _context ??= Lag();
            context.PushOutput();
            try
            {
                Skriv(name, globals);
                return context.Output.ToString() ?? "";
            }
            finally
            {
                context.PopOutput();
            }
        }

        /// <summary>Renders a template into the current output: nested blocks are written once, where they stand.</summary>
        public void Skriv(string name, ScriptObject globals)
        {
            var path = Find(name) ?? throw new RenderException($"Fant ingen mal «{name}.scriban» i {string.Join(" eller ", folders)}.");
            var template = owner.Parse(path);
            var context = _context ??= Lag();
            context.PushGlobal(globals);
            context.PushSourceFile(path);
            try
            {
                if (template.Page is { } side && context.Evaluate(side) is { } rest)
                {
                    context.Write(side.Span, rest);
                }
            }
            catch (Scriban.Syntax.ScriptRuntimeException e)
            {
                throw new RenderException(e.Message);
            }
            finally
            {
                context.PopSourceFile();
                context.PopGlobal();
            }
        }

        private Kontekst Lag()
        {
            var context = new Kontekst(owner.Builtins, this)
            {
                StrictVariables = true,
                // Whole reports are long: no silent "..." truncation, and room for big tables.
                LimitToString = 0,
                LoopLimit = 100_000,
                NewLine = "\n",
                TemplateLoader = new Loader(this),
                EnableRelaxedMemberAccess = false,
            };
            context.PushGlobal(owner.Funksjoner);
            return context;
        }

        public string? Find(string name)
        {
            if (!_stier.TryGetValue(name, out var sti))
            {
                sti = folders.Select(f => Path.Combine(f, name + ".scriban")).FirstOrDefault(File.Exists);
                _stier[name] = sti;
            }
            return sti;
        }

        private sealed class Loader(Session session) : ITemplateLoader
        {
            public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
                session.Find(templateName) ?? throw new RenderException($"{callerSpan}: fant ingen mal «{templateName}.scriban».");

            public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

            public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
                new(File.ReadAllText(templatePath));
        }
    }
}
