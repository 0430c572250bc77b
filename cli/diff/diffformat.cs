using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bydelsrapport.Model;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Diff;

/// <summary>The diff as Markdown (a pull-request comment or job summary), plain text, or stable JSON.</summary>
public static class Diffformat
{
    public static readonly string[] Navn = ["markdown", "tekst", "json"];

    public static string Skriv(Diffresultat d, string format) => format switch
    {
        "json" => Json(d),
        "tekst" => Tekst(d),
        _ => Markdown(d),
    };

    private static string Verdi(Figur? f) => f is null ? "–" : f.Tall is { } t ? Tallformat.Tall(t) + (f.Enhet == "prosent" ? " %" : "") : f.Tekst ?? "";

    private static string Fortegn(decimal? d) => d is not { } v ? "" : (v > 0 ? "+" : "") + Tallformat.Tall(v);

    private static string EndringTekst(Figurendring e) =>
        e.Endring is null ? "" : Fortegn(e.Endring) + (e.Figur.Enhet is "1000 kr" ? " (1000 kr)" : e.Figur.Enhet is "kr" ? " kr" : e.Figur.Enhet == "prosent" ? " %-poeng" : "");

    private static IEnumerable<(string Gruppe, string Rapport, string Kapittel)> Grupper(Diffresultat d) =>
        d.Figurer.Select(f => (f.Figur.Rapport, f.Figur.Kapittel))
            .Concat(d.Rader.Select(r => (r.Rapport, r.Kapittel)))
            .Concat(d.Tekster.Select(t => (t.Rapport, t.Kapittel)))
            .Distinct().Order().Select(x => ($"{x.Item1} · {x.Item2}", x.Item1, x.Item2));

    private static string Md(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    public static string Markdown(Diffresultat d)
    {
        var sb = new StringBuilder();
        sb.Append($"## Endringer i dataene: {d.Base} → {d.Head}\n\n");
        if (d.Tom)
        {
            return sb.Append("Ingen endringer i tall, rader, rapportering eller valideringsfunn.\n").ToString();
        }
        foreach (var (gruppe, rapport, kapittel) in Grupper(d))
        {
            sb.Append($"### {gruppe}\n\n");
            var figurer = d.Figurer.Where(f => f.Figur.Rapport == rapport && f.Figur.Kapittel == kapittel).ToList();
            if (figurer.Count > 0)
            {
                sb.Append("| Tabell | Rad | Kolonne | Før | Etter | Endring | Endring % |\n| --- | --- | --- | ---: | ---: | ---: | ---: |\n");
                foreach (var f in figurer)
                {
                    sb.Append($"| {Md(f.Figur.Tabell)} | {Md(f.Figur.RadNavn)} | {Md(f.Figur.KolonneNavn)} | {Md(Verdi(f.Gammel))} | {Md(Verdi(f.Ny))} | {EndringTekst(f)} | {(f.Prosent is { } p ? Fortegn(p) + " %" : "")} |\n");
                }
                sb.Append('\n');
            }
            foreach (var r in d.Rader.Where(r => r.Rapport == rapport && r.Kapittel == kapittel))
            {
                sb.Append($"- Rad {(r.LagtTil ? "lagt til" : "fjernet")}: {r.Tabell}: {r.RadNavn}\n");
            }
            foreach (var t in d.Tekster.Where(t => t.Rapport == rapport && t.Kapittel == kapittel))
            {
                sb.Append($"- Rapportering endret for {t.Tiltak}: {MdOrddiff(t.Orddiff)}\n");
            }
            sb.Append('\n');
        }
        var nye = d.Funn.Where(f => f.Ny).ToList();
        var loste = d.Funn.Where(f => !f.Ny).ToList();
        if (nye.Count + loste.Count > 0)
        {
            sb.Append("### Valideringsfunn\n\n");
            if (nye.Count > 0)
            {
                sb.Append($"**Nye ({nye.Count})**\n\n");
                foreach (var f in nye)
                {
                    sb.Append($"- {(f.Funn.Level == Level.Feil ? "feil" : "advarsel")} `{f.Funn.Code}` `{f.Funn.File}:{f.Funn.Position.Line}`: {f.Funn.Message}\n");
                }
                sb.Append('\n');
            }
            if (loste.Count > 0)
            {
                sb.Append($"**Løst ({loste.Count})**\n\n");
                foreach (var f in loste)
                {
                    sb.Append($"- `{f.Funn.Code}` `{f.Funn.File}`: {f.Funn.Message}\n");
                }
                sb.Append('\n');
            }
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static string MdOrddiff(string diff) =>
        diff.Replace("[-", "~~", StringComparison.Ordinal).Replace("-]", "~~", StringComparison.Ordinal)
            .Replace("{+", "**", StringComparison.Ordinal).Replace("+}", "**", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    public static string Tekst(Diffresultat d)
    {
        var sb = new StringBuilder($"Endringer i dataene: {d.Base} → {d.Head}\n");
        if (d.Tom)
        {
            return sb.Append("Ingen endringer.\n").ToString();
        }
        foreach (var (gruppe, rapport, kapittel) in Grupper(d))
        {
            sb.Append($"\n{gruppe}\n");
            foreach (var f in d.Figurer.Where(f => f.Figur.Rapport == rapport && f.Figur.Kapittel == kapittel))
            {
                sb.Append($"  {f.Figur.Tabell} / {f.Figur.RadNavn} / {f.Figur.KolonneNavn}: {Verdi(f.Gammel)} → {Verdi(f.Ny)}");
                if (f.Endring is not null)
                {
                    sb.Append($" ({EndringTekst(f)}{(f.Prosent is { } p ? $", {Fortegn(p)} %" : "")})");
                }
                sb.Append('\n');
            }
            foreach (var r in d.Rader.Where(r => r.Rapport == rapport && r.Kapittel == kapittel))
            {
                sb.Append($"  {(r.LagtTil ? "+" : "-")} rad {r.Tabell} / {r.RadNavn}\n");
            }
            foreach (var t in d.Tekster.Where(t => t.Rapport == rapport && t.Kapittel == kapittel))
            {
                sb.Append($"  rapportering {t.Tiltak}: {t.Orddiff}\n");
            }
        }
        foreach (var f in d.Funn)
        {
            sb.Append($"\n{(f.Ny ? "nytt funn" : "løst funn")}: {f.Funn}");
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    public static string Json(Diffresultat d)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("base", d.Base);
            w.WriteString("head", d.Head);
            w.WriteStartArray("tall");
            foreach (var f in d.Figurer)
            {
                w.WriteStartObject();
                w.WriteString("rapport", f.Figur.Rapport);
                w.WriteString("kapittel", f.Figur.Kapittel);
                w.WriteString("tabell", f.Figur.Tabell);
                w.WriteString("rad", f.Figur.RadNavn);
                w.WriteString("kolonne", f.Figur.Kolonne);
                Tall(w, "for", f.Gammel);
                Tall(w, "etter", f.Ny);
                if (f.Endring is { } e) w.WriteNumber("endring", e); else w.WriteNull("endring");
                if (f.Prosent is { } p) w.WriteNumber("endring_prosent", p); else w.WriteNull("endring_prosent");
                w.WriteString("enhet", f.Figur.Enhet);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("rader");
            foreach (var r in d.Rader)
            {
                w.WriteStartObject();
                w.WriteString("rapport", r.Rapport);
                w.WriteString("kapittel", r.Kapittel);
                w.WriteString("tabell", r.Tabell);
                w.WriteString("rad", r.RadNavn);
                w.WriteString("endring", r.LagtTil ? "lagt_til" : "fjernet");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("rapportering");
            foreach (var t in d.Tekster)
            {
                w.WriteStartObject();
                w.WriteString("rapport", t.Rapport);
                w.WriteString("kapittel", t.Kapittel);
                w.WriteString("tiltak", t.Tiltak);
                w.WriteString("orddiff", t.Orddiff);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("funn");
            foreach (var f in d.Funn)
            {
                w.WriteStartObject();
                w.WriteString("endring", f.Ny ? "ny" : "lost");
                Commands.FindingFormats.SkrivFelt(w, f.Funn);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Tall(Utf8JsonWriter w, string navn, Figur? f)
    {
        if (f?.Tall is { } t)
        {
            w.WriteNumber(navn, t);
        }
        else if (f?.Tekst is { } s)
        {
            w.WriteString(navn, s);
        }
        else
        {
            w.WriteNull(navn);
        }
    }
}
