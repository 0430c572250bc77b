using Bydelsrapport.Model;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Load;

/// <summary>Builds one year's catalogue from data/katalog/&lt;år&gt;/.</summary>
internal static class KatalogBuilder
{
    public static Katalog Build(string root, string dir, int year, List<Finding> findings)
    {
        var foer = new Dictionary<string, (string Navn, bool UtenforDrift)>();
        var order = new List<string>();
        var katalogFil = Path.Combine(dir, "katalog.yaml");
        if (File.Exists(katalogFil) && Loader.ReadFile(root, katalogFil, Shapes.Katalog, findings) is { } k)
        {
            foreach (var fo in new NodeReader(Loader.Relative(root, katalogFil), "", k).Objects("funksjonsomrader"))
            {
                var id = fo.RequiredText("id");
                order.Add(id);
                foer[id] = (fo.RequiredText("navn"), fo.Text("utenfor_drift") is "true" or "True" or "TRUE");
            }
        }
        else if (!File.Exists(katalogFil))
        {
            findings.Add(Finding.Error(Loader.Relative(root, dir), new Position(1, 1), "", Codes.FullstendigFil,
                "Katalogen mangler katalog.yaml med listen over funksjonsområder."));
        }

        var details = new Dictionary<string, KatalogFunksjonsomrade>();
        var lister = new List<Sporsmalsliste>();
        foreach (var file in Loader.YamlFiles(dir))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var rel = Loader.Relative(root, file);
            if (name == "katalog")
            {
                continue;
            }
            if (name == "sporsmal")
            {
                if (Loader.ReadFile(root, file, Shapes.SporsmalKatalog, findings) is { } s)
                {
                    lister.AddRange(new NodeReader(rel, "", s).Objects("lister").Select(l => new Sporsmalsliste(l.RequiredText("id"), l.Text("tittel"),
                        l.Objects("sporsmal").Select(q => new KatalogSporsmal(q.RequiredText("id"), q.RequiredText("tekst"))).ToList())));
                }
                continue;
            }
            if (Loader.ReadFile(root, file, Shapes.KatalogFo, findings) is not { } map)
            {
                continue;
            }
            var n = new NodeReader(rel, "", map);
            var foId = n.RequiredText("funksjonsomrade");
            if (!foer.TryGetValue(foId, out var head))
            {
                findings.Add(Finding.Error(rel, n.Map["funksjonsomrade"]!.Position, "funksjonsomrade", Codes.RefFunksjonsomrade,
                    $"Funksjonsområdet «{foId}» står ikke i katalog.yaml.{ShapeChecker.Suggest(foId, order)}"));
                continue;
            }
            details[foId] = new KatalogFunksjonsomrade(foId, head.Navn, head.UtenforDrift,
                n.Objects("kostra").Select(x => new KostraFunksjon(x.RequiredText("kode"), x.RequiredText("navn"), x.Text("del"))).ToList(),
                n.Objects("mal").Select(m => new KatalogMal(m.RequiredText("id"), m.RequiredText("tekst"),
                    m.Objects("tiltak").Select(t => new KatalogTiltak(t.RequiredText("id"), t.Int("nummer"), t.RequiredText("tekst"))).ToList())).ToList(),
                n.Objects("indikatorer").Select(i => new Resultatindikator(i.RequiredText("id"), i.RequiredText("navn"), i.RequiredText("enhet"),
                    i.Text("retning") == "lavere_er_bedre" ? Retning.LavereErBedre : Retning.HoyereErBedre)).ToList());
        }

        var funksjonsomrader = order.Select(id => details.TryGetValue(id, out var d)
            ? d
            : new KatalogFunksjonsomrade(id, foer[id].Navn, foer[id].UtenforDrift, [], [], [])).ToList();
        return new Katalog(year, funksjonsomrader, lister);
    }
}
