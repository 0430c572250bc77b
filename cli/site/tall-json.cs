using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bydelsrapport.Compute;
using Bydelsrapport.Model;

namespace Bydelsrapport.Site;

/// <summary>
/// Every figure of one report as one JSON file: the typed tables (økonomi, Tabell 0.1, indicators,
/// nøkkeltall, investeringer) and the general tables, each cell as written (a number keeps its precision,
/// a status text stays text), derived figures (avvik) computed, and where each came from (file#path).
/// Written by hand with Utf8JsonWriter: no reflection, so it works under Native AOT.
/// </summary>
internal static class TallJson
{
    private static readonly JsonWriterOptions Valg = new()
    {
        Indented = true,
        NewLine = "\n",
        // Norwegian letters readable in the file; the output is a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Lag(Rapport r)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Valg))
        {
            w.WriteStartObject();
            w.WriteString("bydel", r.Bydel);
            w.WriteString("bydel_id", Sammenligning.BydelId(r));
            w.WriteNumber("ar", r.Ar);
            w.WriteString("status", r.Status.Status);
            w.WriteString("vedtatt_dato", r.Status.VedtattDato?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("saksnummer", r.Status.Saksnummer);
            w.WriteString("okonomi_enhet", "1000 kr");
            var kapitler = r.KapittelIder.Where(r.Kapitler.ContainsKey).Select(id => r.Kapitler[id]).ToList();
            Liste(w, "okonomi", kapitler, (k, b) => b is OkonomiBlokk o ? () => Okonomi(w, k, o) : null);
            Liste(w, "tabell_0_1", kapitler, (k, b) => b is Tabell01Blokk t ? () => Tabell01(w, t) : null);
            Liste(w, "resultatindikatorer", kapitler, (k, b) => b is IndikatorBlokk i ? () => Indikatorer(w, k, i, r.Ar) : null);
            Liste(w, "nokkeltall", kapitler, (k, b) => b is NokkeltallBlokk n ? () => Nokkeltall(w, k, n) : null);
            Liste(w, "investeringer", kapitler, (k, b) => b is InvesteringBlokk i ? () => Investeringer(w, i) : null);
            Liste(w, "tabeller", kapitler, (k, b) => b is TabellBlokk t ? () => Tabell(w, k, t) : null);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    private static void Liste(Utf8JsonWriter w, string navn, IReadOnlyList<Kapittel> kapitler, Func<Kapittel, Blokk, Action?> skriv)
    {
        w.WriteStartArray(navn);
        foreach (var k in kapitler)
        {
            foreach (var b in k.AlleBlokker())
            {
                skriv(k, b)?.Invoke();
            }
        }
        w.WriteEndArray();
    }

    private static void Felles(Utf8JsonWriter w, Kapittel k, TabellBase b)
    {
        w.WriteString("kapittel", k.Id);
        w.WriteString("tittel", b.Tittel);
        w.WriteString("kilde", Kilde(b.Kilde));
        w.WriteString("ikke_tilgjengelig", b.IkkeTilgjengelig);
    }

    private static string Kilde(Kilde k) => $"{k.Fil}#{k.Sti}";

    private static void Verdi(Utf8JsonWriter w, string navn, Celle? c)
    {
        if (c?.Tall is { } t)
        {
            w.WriteNumber(navn, t);
        }
        else
        {
            w.WriteString(navn, c?.Tekst);
        }
    }

    private static void Tall(Utf8JsonWriter w, string navn, decimal? t)
    {
        if (t is { } v)
        {
            w.WriteNumber(navn, v);
        }
        else
        {
            w.WriteNull(navn);
        }
    }

    private static void Okonomitall(Utf8JsonWriter w, Okonomitall t)
    {
        foreach (var kolonne in new[] { "regnskap_forrige_ar", "opprinnelig_budsjett", "regulert_budsjett", "regnskap" })
        {
            Verdi(w, kolonne, t[kolonne]);
        }
        Tall(w, "avvik", Beregning.Avvik(t));
    }

    private static void Okonomi(Utf8JsonWriter w, Kapittel k, OkonomiBlokk o)
    {
        w.WriteStartObject();
        Felles(w, k, o);
        w.WriteString("funksjonsomrade", k.Funksjonsomrade);
        w.WriteString("del", o.Del);
        w.WriteStartArray("rader");
        foreach (var r in o.Rader)
        {
            OkonomiRad(w, "kostra", r.Kostra, r.Navn, r.Tall, r.Kilde);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A row of an økonomi table or Tabell 0.1: its key (KOSTRA code or FO), printed name, figures and source.</summary>
    private static void OkonomiRad(Utf8JsonWriter w, string nokkel, string verdi, string? navn, Model.Okonomitall tall, Model.Kilde kilde)
    {
        w.WriteStartObject();
        w.WriteString(nokkel, verdi);
        w.WriteString("navn", navn);
        Okonomitall(w, tall);
        w.WriteString("kilde", Kilde(kilde));
        w.WriteEndObject();
    }

    private static void Tabell01(Utf8JsonWriter w, Tabell01Blokk t)
    {
        w.WriteStartObject();
        w.WriteString("art", t.Art);
        w.WriteString("tittel", t.Tittel);
        w.WriteString("kilde", Kilde(t.Kilde));
        w.WriteString("ikke_tilgjengelig", t.IkkeTilgjengelig);
        w.WriteStartArray("rader");
        foreach (var r in t.Rader)
        {
            OkonomiRad(w, "funksjonsomrade", r.Funksjonsomrade, r.Navn, r.Tall, r.Kilde);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Indikatorer(Utf8JsonWriter w, Kapittel k, IndikatorBlokk b, int rapportAr)
    {
        w.WriteStartObject();
        Felles(w, k, b);
        w.WriteStartArray("rader");
        foreach (var r in b.Rader)
        {
            w.WriteStartObject();
            w.WriteString("indikator", r.Indikator);
            w.WriteString("navn", r.Navn);
            w.WriteStartObject("resultater");
            foreach (var (ar, c) in r.Resultater.OrderBy(x => x.Key))
            {
                Verdi(w, ar.ToString(CultureInfo.InvariantCulture), c);
            }
            w.WriteEndObject();
            Verdi(w, "maltall", r.Maltall);
            Tall(w, "avvik", r.IkkeRapportert is null ? Beregning.IndikatorAvvik(r, rapportAr) : null);
            w.WriteString("ikke_rapportert", r.IkkeRapportert);
            w.WriteString("kilde", Kilde(r.Kilde));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Nokkeltall(Utf8JsonWriter w, Kapittel k, NokkeltallBlokk n)
    {
        w.WriteStartObject();
        Felles(w, k, n);
        w.WriteStartArray("rader");
        foreach (var r in n.Rader)
        {
            w.WriteStartObject();
            w.WriteString("navn", r.Navn);
            w.WriteString("enhet", r.Enhet);
            w.WriteStartObject("verdier");
            foreach (var ar in n.Ar)
            {
                Verdi(w, ar.ToString(CultureInfo.InvariantCulture), r.UplasserteVerdier.Count > 0 ? null : r.Verdier.GetValueOrDefault(ar));
            }
            w.WriteEndObject();
            // Figures the source prints without saying which year they belong to stay apart, never guessed into a year.
            w.WriteStartArray("uplasserte_verdier");
            foreach (var c in r.UplasserteVerdier)
            {
                if (c.Tall is { } t)
                {
                    w.WriteNumberValue(t);
                }
                else
                {
                    w.WriteStringValue(c.Tekst);
                }
            }
            w.WriteEndArray();
            w.WriteString("kilde", Kilde(r.Kilde));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Investeringer(Utf8JsonWriter w, InvesteringBlokk b)
    {
        w.WriteStartObject();
        w.WriteString("enhet", b.Enhet ?? "kroner");
        w.WriteString("kilde", Kilde(b.Kilde));
        w.WriteString("ikke_tilgjengelig", b.IkkeTilgjengelig);
        w.WriteStartArray("prosjekter");
        foreach (var k in b.Kapitler)
        {
            foreach (var p in k.Prosjekter)
            {
                w.WriteStartObject();
                w.WriteString("kapittel", k.Kapittel);
                w.WriteString("navn", p.Navn);
                w.WriteString("prosjektnummer", p.Prosjektnummer);
                Verdi(w, "dok3", p.Dok3);
                Verdi(w, "regulert_budsjett", p.RegulertBudsjett);
                Verdi(w, "regnskap", p.Regnskap);
                Tall(w, "avvik", Beregning.Avvik(p));
                w.WriteString("kilde", Kilde(p.Kilde));
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Tabell(Utf8JsonWriter w, Kapittel k, TabellBlokk t)
    {
        w.WriteStartObject();
        Felles(w, k, t);
        w.WriteString("enhet", t.Enhet);
        w.WriteStartArray("kolonner");
        foreach (var c in t.Kolonner)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("tittel", c.Tittel);
            w.WriteString("type", c.Type);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("rader");
        var beregning = new Tabellberegning(t);
        foreach (var r in t.Rader.Where(r => r.Gruppe is null))
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            foreach (var c in t.Kolonner)
            {
                var celle = r.Celler.GetValueOrDefault(c.Id);
                if (celle?.Tekst is null && beregning.Beregnet(r, c) is { } b)
                {
                    // A derived cell as the report page shows it: the printed figure when it agrees, else the computed one.
                    Tall(w, c.Id, celle?.Tall is { } trykt ? Avrunding.Sammenlign(trykt, b) is { Lik: true } ? trykt : Avrunding.Sammenlign(trykt, b).Avrundet : b);
                    continue;
                }
                Verdi(w, c.Id, celle);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
