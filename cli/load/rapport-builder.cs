using Bydelsrapport.Model;
using Bydelsrapport.Validate;

namespace Bydelsrapport.Load;

/// <summary>Builds one bydel's report for one year from data/&lt;bydel&gt;/&lt;år&gt;/.</summary>
internal static class RapportBuilder
{
    public const string RapportFil = "rapport.yaml";

    public static Rapport? Build(string root, string dir, int year, List<Finding> findings)
    {
        var mappe = Loader.Relative(root, dir);
        var rapportPath = Path.Combine(dir, RapportFil);
        if (!File.Exists(rapportPath))
        {
            findings.Add(Finding.Error(mappe, new Position(1, 1), "", Codes.FullstendigFil,
                $"{mappe} mangler {RapportFil} (bydel, år, status og kapittelrekkefølge). Lag den etter data/README.md."));
            return null;
        }
        if (Loader.ReadFile(root, rapportPath, Shapes.Rapport, findings) is not { } map)
        {
            return null;
        }
        var r = new NodeReader(Loader.Relative(root, rapportPath), "", map);
        var ar = r.Int("ar") ?? year;
        if (ar != year)
        {
            findings.Add(Finding.Error(r.Fil, map["ar"]!.Position, "ar", Codes.RapportAr,
                $"Året {ar} stemmer ikke med mappen {mappe}. Rett året eller flytt filen."));
        }
        var vedtak = r.Child("vedtak");
        var status = new RapportStatus(r.RequiredText("status"),
            vedtak?.Text("dato") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd") : null, vedtak?.Text("saksnummer"));
        if (status.Status == "vedtatt" && vedtak is null)
        {
            findings.Add(Finding.Error(r.Fil, map["status"]!.Position, "status", Codes.RapportVedtak,
                "En vedtatt rapport trenger «vedtak» med dato og saksnummer for bydelsutvalgets vedtak."));
        }

        var ids = r.Texts("kapitler");
        var kapitler = new Dictionary<string, Kapittel>(StringComparer.Ordinal);
        foreach (var file in Loader.YamlFiles(dir))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            if (id == "rapport")
            {
                continue;
            }
            if (!ids.Contains(id))
            {
                findings.Add(Finding.Warning(Loader.Relative(root, file), new Position(1, 1), "", Codes.FullstendigFil,
                    $"Kapitlet «{id}» står ikke i kapitler-listen i {RapportFil}, og kommer ikke med i rapporten. Legg det til der."));
            }
            if (Loader.ReadFile(root, file, Shapes.Kapittel, findings) is not { } kmap)
            {
                continue;
            }
            var k = new NodeReader(Loader.Relative(root, file), "", kmap);
            kapitler[id] = new Kapittel(id, k.Kilde, k.Text("nummer"), k.RequiredText("tittel"), k.Text("funksjonsomrade"),
                BlockBuilder.Blocks(k, "blokker"))
            {
                FunksjonsomradeKilde = kmap["funksjonsomrade"] is { } fo ? new Kilde(k.Fil, "funksjonsomrade", fo.Position) : null,
            };
        }
        var listed = map["kapitler"] as YamlSequence;
        for (var i = 0; i < ids.Count; i++)
        {
            if (!File.Exists(Path.Combine(dir, ids[i] + ".yaml")))
            {
                // One warning for a missing file; checks that need it are skipped, not failed.
                findings.Add(Finding.Warning(r.Fil, listed!.Items[i].Position, $"kapitler[{i}]", Codes.FullstendigFil,
                    $"Kapitlet «{ids[i]}» mangler: {mappe}/{ids[i]}.yaml finnes ikke. Kontroller som trenger det, hoppes over."));
            }
        }
        return new Rapport(mappe, r.Kilde, r.RequiredText("bydel"), ar, status, ids, kapitler);
    }
}
