using System.Globalization;
using System.Text;
using Bydelsrapport.Compute;
using Bydelsrapport.Load;
using Bydelsrapport.Model;
using Scriban.Runtime;

namespace Bydelsrapport.Render;

/// <summary>
/// Builds what the templates see from the computed model: headings with their numbers and
/// anchors, every table already formatted (derived figures computed, corrections noted), texts
/// from the catalogue where the bydel did not print its own wording. Templates only lay it out.
/// </summary>
public sealed class Visningsmodell(Rapport rapport, Katalog? katalog)
{
    private readonly Dictionary<string, int> _ankre = new(StringComparer.Ordinal);
    private readonly int _ar = rapport.Ar;

    public ScriptObject Lag()
    {
        var kapitler = rapport.KapittelIder.Where(rapport.Kapitler.ContainsKey).Select(id => Kapittel(rapport.Kapitler[id])).ToList();
        var status = rapport.Status.Status == "vedtatt" && rapport.Status.VedtattDato is { } d
            ? $"Vedtatt i bydelsutvalget {d.ToString("d.M.yyyy", CultureInfo.InvariantCulture)}, sak {rapport.Status.Saksnummer}"
            : "Utkast (ikke vedtatt i bydelsutvalget)";
        return So.Obj(
            ("bydel", rapport.Bydel),
            ("ar", _ar),
            ("tittel", $"Årsberetning {_ar} – Bydel {rapport.Bydel}"),
            ("status", status),
            ("kapitler", So.Arr(kapitler)));
    }

    /// <summary>One block alone, as it would stand at the top of its chapter (for previews and block snapshots).</summary>
    public ScriptObject LagBlokk(Blokk b, Kapittel k) => Blokk(b, 3, Fo(k));

    private ScriptObject Kapittel(Kapittel k)
    {
        var overskrift = Overskrift(k.Nummer, k.Tittel);
        return So.Obj(
            ("id", k.Id),
            ("overskrift", overskrift),
            ("anker", Anker(overskrift)),
            ("niva", 2),
            ("blokker", So.Arr(k.Blokker.Select(b => Blokk(b, 3, Fo(k))))));
    }

    private KatalogFunksjonsomrade? Fo(Kapittel k) => k.Funksjonsomrade is { } id ? katalog?.Fo(id) : null;

    private ScriptObject Blokk(Blokk b, int niva, KatalogFunksjonsomrade? fo)
    {
        // A table's title is its caption; only a numbered table (3.4.3 Hovedoversikt økonomi …) is also a heading.
        var overskrift = b.Tittel is null && b.Nummer is null ? null
            : b is TekstBlokk || b.Nummer is not null ? Overskrift(b.Nummer, b.Tittel ?? "")
            : null;
        var felles = new List<(string, object?)>
        {
            ("type", Type(b)),
            ("overskrift", overskrift),
            ("anker", overskrift is null ? null : Anker(overskrift)),
            ("niva", Math.Min(niva, 6)),
        };
        switch (b)
        {
            case TekstBlokk t:
                felles.Add(("tekst", t.Tekst));
                // Sub-sections sit one level below a heading; under an untitled section they keep its level (no skipped levels).
                felles.Add(("blokker", So.Arr(t.Blokker.Select(x => Blokk(x, overskrift is null ? niva : niva + 1, fo)))));
                break;
            case MalBlokk m:
                felles.Add(("mal", Mal(m, fo, niva)));
                break;
            case OkonomiBlokk o:
                felles.Add(("tabell", Tabeller.Okonomi(o, fo, _ar)));
                break;
            case IndikatorBlokk i:
                felles.Add(("tabell", Tabeller.Indikatorer(i, fo, _ar)));
                break;
            case NokkeltallBlokk n:
                felles.Add(("tabell", Tabeller.Nokkeltall(n)));
                break;
            case TabellBlokk t:
                felles.Add(("tabell", Tabeller.Generell(t)));
                break;
            case SjekklisteBlokk s:
                felles.Add(("tabell", Tabeller.Sjekkliste(s, katalog)));
                break;
            case Tabell01Blokk t:
                felles.Add(("tabell", Tabeller.Tabell01(t, katalog, _ar)));
                break;
            case InvesteringBlokk inv:
                felles.Add(("tabell", Tabeller.Investeringer(inv, _ar)));
                break;
        }
        return So.Obj([.. felles]);
    }

    private static string Type(Blokk b) => b switch
    {
        TekstBlokk => "tekst",
        MalBlokk => "mal",
        OkonomiBlokk => "okonomi",
        IndikatorBlokk => "resultatindikatorer",
        NokkeltallBlokk => "nokkeltall",
        TabellBlokk => "tabell",
        SjekklisteBlokk => "sjekkliste",
        Tabell01Blokk => "tabell_0_1",
        InvesteringBlokk => "investeringer",
        _ => throw new ArgumentOutOfRangeException(nameof(b)),
    };

    private ScriptObject Mal(MalBlokk m, KatalogFunksjonsomrade? fo, int niva)
    {
        var kat = fo?.Mal.FirstOrDefault(x => x.Id == m.Mal);
        var tekst = m.Tekst ?? kat?.Tekst ?? m.Mal;
        var overskrift = "Mål: " + tekst;
        return So.Obj(
            ("overskrift", overskrift),
            ("anker", Anker(overskrift)),
            ("niva", Math.Min(niva, 6)),
            ("ikke_rapportert", m.IkkeRapportert),
            ("tiltak", So.Arr(m.Tiltak.Select(t =>
            {
                var kt = kat?.Tiltak.FirstOrDefault(x => x.Id == t.Tiltak);
                return So.Obj(
                    ("nummer", (t.Nummer ?? kt?.Nummer)?.ToString(CultureInfo.InvariantCulture)),
                    ("tekst", t.Tekst ?? kt?.Tekst ?? t.Tiltak),
                    ("rapportering", So.Arr(t.Rapportering)),
                    ("ikke_rapportert", t.IkkeRapportert));
            }))));
    }

    /// <summary>«1.» for a chapter number without a dot, as the reports print it; «3.4.1» as it is.</summary>
    internal static string Overskrift(string? nummer, string tittel)
    {
        if (string.IsNullOrWhiteSpace(nummer))
        {
            return tittel;
        }
        var n = nummer.Contains('.', StringComparison.Ordinal) ? nummer : nummer + ".";
        return $"{n} {tittel}";
    }

    /// <summary>A heading's anchor as GitHub makes it (lower case, punctuation dropped, spaces to hyphens), unique in the report.</summary>
    private string Anker(string overskrift)
    {
        var sb = new StringBuilder();
        foreach (var c in overskrift.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                sb.Append(c);
            }
            else if (c == ' ')
            {
                sb.Append('-');
            }
        }
        var slug = sb.ToString();
        if (_ankre.TryGetValue(slug, out var n))
        {
            _ankre[slug] = n + 1;
            return $"{slug}-{n + 1}";
        }
        _ankre[slug] = 0;
        return slug;
    }
}
