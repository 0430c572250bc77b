using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Bydelsrapport.Render;

/// <summary>
/// The functions the templates call, written as Scriban functions directly: Scriban's delegate
/// wrapper goes through reflection (DynamicInvoke) on every call, and a report calls <c>h</c> for
/// every table cell. The block functions write the block's template straight into the report's one
/// output instead of returning a string that each enclosing template copies again.
/// </summary>
internal static class Funksjoner
{
    /// <summary>Made once per renderer and shared, read-only, by every report's context.</summary>
    public static ScriptObject Lag(bool punkt)
    {
        var f = new ScriptObject
        {
            ["vis_blokk"] = Skriver((s, b) => s.Skriv("blokk-" + b["type"], So.Obj(("blokk", b)))),
            ["vis_kapittel"] = Skriver((s, k) => s.Skriv(s.Find("kapittel-" + k["id"]) is null ? "kapittel" : "kapittel-" + k["id"], So.Obj(("kapittel", k)))),
            ["vis_tabell"] = Skriver((s, t) => s.Skriv("tabell", So.Obj(("blokk", So.Obj(("tabell", t)))))),
            ["markdown"] = Tekst(Narrativ.TilHtml),
            ["h"] = Tekst(Narrativ.Html),
            ["md_linje"] = Tekst(Narrativ.MarkdownLinje),
            ["md_celle"] = Tekst(Narrativ.MarkdownCelle),
            ["md_avsnitt"] = Tekst(Narrativ.MarkdownAvsnitt),
            ["gjenta"] = new Funksjon(2, (c, span, a) => string.Concat(Enumerable.Repeat(Streng(c, a[0]), c.ToInt(span, a[1])))),
            ["html_rader"] = Objekt(Tabellrader.Html),
            ["md_rader"] = Objekt(Tabellrader.Markdown),
            ["punkt"] = punkt,
        };
        f.IsReadOnly = true;
        return f;
    }

    private static Funksjon Tekst(Func<string?, string> kropp) => new(1, (c, _, a) => kropp(Streng(c, a[0])));

    private static Funksjon Objekt(Func<ScriptObject, string> kropp) => new(1, (c, span, a) => kropp(Objekt(c, span, a[0])));

    private static Funksjon Skriver(Action<Renderer.Session, ScriptObject> kropp) => new(1, (c, span, a) =>
    {
        kropp(((Kontekst)c).Session, Objekt(c, span, a[0]));
        return null;
    });

    /// <summary>A part of the view model (a block, a chapter, a table), or a clear template error naming what came instead.</summary>
    private static ScriptObject Objekt(TemplateContext c, SourceSpan span, object? verdi) =>
        verdi as ScriptObject ?? throw new ScriptRuntimeException(span, $"Ventet et objekt fra visningsmodellen, fikk «{c.ObjectToString(verdi)}».");

    private static string? Streng(TemplateContext c, object? verdi) => verdi switch
    {
        null => null,
        string s => s,
        _ => c.ObjectToString(verdi),
    };

    /// <summary>A fixed number of arguments, converted by the function itself.</summary>
    private sealed class Funksjon(int antall, Func<TemplateContext, SourceSpan, ScriptArray, object?> kropp) : IScriptCustomFunction
    {
        public int RequiredParameterCount => antall;

        public int ParameterCount => antall;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index}");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            if (arguments.Count != antall)
            {
                throw new ScriptRuntimeException(callerContext?.Span ?? default, $"Funksjonen tar {antall} argument(er), fikk {arguments.Count}.");
            }
            return kropp(context, callerContext?.Span ?? default, arguments);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }
}

/// <summary>A report's template context, knowing its session (templates folders, the bydel's overrides).</summary>
internal sealed class Kontekst(ScriptObject builtins, Renderer.Session session) : TemplateContext(builtins)
{
    public Renderer.Session Session { get; } = session;
}
