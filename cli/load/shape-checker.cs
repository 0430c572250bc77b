using Bydelsrapport.Validate;

namespace Bydelsrapport.Load;

/// <summary>Checks a YAML tree against its <see cref="Shape"/> and reports every deviation at once.</summary>
public sealed class ShapeChecker(string file, List<Finding> findings)
{
    public bool Check(YamlNode node, Shape shape, string path)
    {
        var before = findings.Count;
        Visit(node, shape, path, nullable: false);
        return findings.Count == before;
    }

    private void Visit(YamlNode node, Shape shape, string path, bool nullable)
    {
        if (node is YamlScalar { IsNull: true } nul)
        {
            if (!nullable)
            {
                Error(nul, path, Codes.SkjemaType, $"«{Last(path)}» mangler verdi. Fyll inn {Expected(shape)}, eller fjern nøkkelen hvis den er valgfri.");
            }
            return;
        }
        switch (shape)
        {
            case RefShape r:
                Visit(node, r.Target(), path, nullable);
                break;
            case ScalarShape s:
                VisitScalar(node, s, path);
                break;
            case ListShape l when node is YamlSequence seq:
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    Visit(seq.Items[i], l.Item, $"{path}[{i}]", nullable: false);
                }
                break;
            case YearMapShape y when node is YamlMapping map:
                foreach (var (key, value) in map.Entries)
                {
                    if (!key.IsInteger || key.Value.Length != 4)
                    {
                        Error(key, path, Codes.SkjemaType, $"«{key.Value}» er ikke et årstall. Nøklene her er år med fire sifre, f.eks. 2024.");
                        continue;
                    }
                    Visit(value, y.Value, $"{path}.{key.Value}", nullable: true);
                }
                break;
            case ObjectShape o when node is YamlMapping map:
                VisitObject(map, o, path);
                break;
            case UnionShape u when node is YamlMapping map:
                VisitUnion(map, u, path);
                break;
            default:
                Error(node, path, Codes.SkjemaType, $"«{Last(path)}» skal være {Expected(shape)}, men er {Describe(node)}.");
                break;
        }
    }

    private void VisitScalar(YamlNode node, ScalarShape s, string path)
    {
        if (node is not YamlScalar scalar)
        {
            Error(node, path, Codes.SkjemaType, $"«{Last(path)}» skal være {Expected(s)}, men er {Describe(node)}.");
            return;
        }
        var ok = s.Kind switch
        {
            ScalarKind.Text => !scalar.IsNumber && !scalar.IsBoolean,
            ScalarKind.Integer => scalar.IsInteger,
            ScalarKind.Number => scalar.IsNumber,
            ScalarKind.Value => !scalar.IsBoolean,
            ScalarKind.Date => !scalar.IsNumber && IsDate(scalar.Value),
            ScalarKind.Boolean => scalar.IsBoolean,
            _ => false,
        };
        if (!ok)
        {
            var hint = s.Kind == ScalarKind.Text && (scalar.IsNumber || scalar.IsBoolean)
                ? " Sett verdien i anførselstegn hvis den skal leses som tekst."
                : s.Kind == ScalarKind.Number && scalar.Value.Contains(',', StringComparison.Ordinal)
                    ? " Bruk punktum som desimaltegn og ingen tusenskille, f.eks. 45.90 eller -10890."
                    : "";
            Error(scalar, path, Codes.SkjemaType, $"«{Last(path)}» skal være {Expected(s)}, men er «{scalar.Value}».{hint}");
            return;
        }
        if (s.Allowed is { } allowed && !allowed.Contains(scalar.Value))
        {
            Error(scalar, path, Codes.SkjemaVerdi,
                $"«{scalar.Value}» er ikke en tillatt verdi for «{Last(path)}». Tillatt: {string.Join(", ", allowed)}.{Suggest(scalar.Value, allowed)}");
        }
    }

    private void VisitObject(YamlMapping map, ObjectShape o, string path)
    {
        foreach (var field in o.Fields)
        {
            if (field.Required && map[field.Name] is null)
            {
                Error(map, path, Codes.SkjemaMangler, $"Påkrevd nøkkel «{field.Name}» mangler{Where(path)}. Legg den til.");
            }
        }
        foreach (var (key, value) in map.Entries)
        {
            var childPath = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
            var field = o.Find(key.Value);
            if (field is not null)
            {
                Visit(value, field.Shape, childPath, field.Nullable);
            }
            else if (o.Additional is not null)
            {
                Visit(value, o.Additional, childPath, nullable: true);
            }
            else
            {
                Error(key, childPath, Codes.SkjemaUkjent,
                    $"Ukjent nøkkel «{key.Value}»{Where(path)}.{Suggest(key.Value, o.Fields.Select(f => f.Name))} Tillatte nøkler: {string.Join(", ", o.Fields.Select(f => f.Name))}.");
            }
        }
    }

    private void VisitUnion(YamlMapping map, UnionShape u, string path)
    {
        var names = u.Variants.Select(v => Tag(v, u.Tag)).ToList();
        if (map[u.Tag] is not YamlScalar tag || tag.IsNull)
        {
            Error(map, path, Codes.SkjemaMangler, $"Påkrevd nøkkel «{u.Tag}» mangler{Where(path)}. Tillatt: {string.Join(", ", names)}.");
            return;
        }
        var variant = u.Variants.FirstOrDefault(v => Tag(v, u.Tag) == tag.Value);
        if (variant is null)
        {
            Error(tag, $"{path}.{u.Tag}", Codes.SkjemaVerdi,
                $"Ukjent {u.Tag} «{tag.Value}».{Suggest(tag.Value, names)} Tillatt: {string.Join(", ", names)}.");
            return;
        }
        VisitObject(map, variant, path);
    }

    internal static string Tag(ObjectShape variant, string tag) =>
        ((ScalarShape)variant.Find(tag)!.Shape).Allowed![0];

    private static bool IsDate(string v) =>
        v.Length == 10 && DateOnly.TryParseExact(v, "yyyy-MM-dd", out _);

    private void Error(YamlNode at, string path, string code, string message) =>
        findings.Add(Finding.Error(file, at.Position, path, code, message));

    private static string Where(string path) => path.Length == 0 ? "" : $" i {path}";

    private static string Last(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? path : path[(dot + 1)..];
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequence => "en liste",
        YamlMapping => "et kart (nøkler og verdier)",
        YamlScalar s => $"«{s.Value}»",
        _ => "noe annet",
    };

    private static string Expected(Shape shape) => shape switch
    {
        RefShape r => Expected(r.Target()),
        ScalarShape { Allowed: { } a } => $"en av {string.Join(", ", a)}",
        ScalarShape { Kind: ScalarKind.Text } => "en tekst",
        ScalarShape { Kind: ScalarKind.Integer } => "et heltall",
        ScalarShape { Kind: ScalarKind.Number } => "et tall",
        ScalarShape { Kind: ScalarKind.Value } => "et tall eller en tekst",
        ScalarShape { Kind: ScalarKind.Date } => "en dato (åååå-mm-dd)",
        ScalarShape { Kind: ScalarKind.Boolean } => "true eller false",
        ListShape => "en liste",
        YearMapShape => "et kart fra år til verdi",
        ObjectShape or UnionShape => "et kart (nøkler og verdier)",
        _ => "en verdi",
    };

    /// <summary>"mente du …?" for a near miss: the closest allowed word within a third of its length.</summary>
    internal static string Suggest(string given, IEnumerable<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var d = EditDistance(given, candidate);
            if (d < bestDistance)
            {
                (best, bestDistance) = (candidate, d);
            }
        }
        return best is not null && bestDistance > 0 && bestDistance <= Math.Max(1, best.Length / 3)
            ? $" Mente du «{best}»?"
            : "";
    }

    /// <summary>
    /// Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment),
    /// the commonest typo: «biuld» is one edit from «build», not two.
    /// </summary>
    internal static int EditDistance(string a, string b)
    {
        var forrige2 = new int[b.Length + 1];
        var forrige = new int[b.Length + 1];
        var denne = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) forrige[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            denne[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                denne[j] = Math.Min(Math.Min(denne[j - 1] + 1, forrige[j] + 1), forrige[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    denne[j] = Math.Min(denne[j], forrige2[j - 2] + 1);
                }
            }
            (forrige2, forrige, denne) = (forrige, denne, forrige2);
        }
        return forrige[b.Length];
    }
}
