using Bydelsrapport.Model;

namespace Bydelsrapport.Load;

/// <summary>
/// Typed access to a mapping that has already passed its shape check, so the model builders can
/// read values without re-checking types. Every value carries its <see cref="Kilde"/>.
/// </summary>
public readonly record struct NodeReader(string Fil, string Sti, YamlMapping Map)
{
    public Kilde Kilde => new(Fil, Sti, Map.Position);

    private string Path(string key) => Sti.Length == 0 ? key : $"{Sti}.{key}";

    public string? Text(string key) => Map[key] is YamlScalar { IsNull: false } s ? s.Value : null;

    public string RequiredText(string key) => Text(key) ?? "";

    public int? Int(string key) => Map[key] is YamlScalar { IsInteger: true } s && int.TryParse(s.Value, out var i) ? i : null;

    public Celle? Cell(string key) => Map[key] is { } node ? CellOf(node, Path(key)) : null;

    public Celle CellOf(YamlNode node, string path)
    {
        var kilde = new Kilde(Fil, path, node.Position);
        if (node is not YamlScalar s || s.IsNull)
        {
            return new Celle(kilde, null, null);
        }
        return s.IsNumber && YamlNumber.TryParse(s.Value, out var d)
            ? new Celle(kilde, d, null)
            : new Celle(kilde, null, s.Value);
    }

    public NodeReader? Child(string key) =>
        Map[key] is YamlMapping m ? new NodeReader(Fil, Path(key), m) : null;

    public IEnumerable<NodeReader> Objects(string key)
    {
        if (Map[key] is not YamlSequence seq)
        {
            yield break;
        }
        for (var i = 0; i < seq.Items.Count; i++)
        {
            if (seq.Items[i] is YamlMapping m)
            {
                yield return new NodeReader(Fil, $"{Path(key)}[{i}]", m);
            }
        }
    }

    public IReadOnlyList<string> Texts(string key) =>
        Map[key] is YamlSequence seq
            ? seq.Items.OfType<YamlScalar>().Where(s => !s.IsNull).Select(s => s.Value).ToList()
            : [];

    public IReadOnlyList<int> Ints(string key) =>
        Map[key] is YamlSequence seq
            ? seq.Items.OfType<YamlScalar>().Where(s => s.IsInteger).Select(s => int.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : [];

    public IReadOnlyList<Celle> Cells(string key)
    {
        var self = this;
        var path = Path(key);
        return Map[key] is YamlSequence seq
            ? seq.Items.Select((n, i) => self.CellOf(n, $"{path}[{i}]")).ToList()
            : [];
    }

    public IReadOnlyDictionary<int, Celle> YearCells(string key)
    {
        var result = new SortedDictionary<int, Celle>();
        if (Map[key] is YamlMapping m)
        {
            foreach (var (k, v) in m.Entries)
            {
                if (k.IsInteger && int.TryParse(k.Value, out var year))
                {
                    result[year] = CellOf(v, $"{Path(key)}.{k.Value}");
                }
            }
        }
        return result;
    }
}
