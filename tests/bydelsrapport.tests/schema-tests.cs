using System.Text;
using System.Text.Json;
using Bydelsrapport.Load;
using Bydelsrapport.Schema;
using Bydelsrapport.Tests.Spec;
using Bydelsrapport.Validate;
using NJsonSchema;
using Xunit;

namespace Bydelsrapport.Tests;

/// <summary>
/// The committed JSON Schemas are what editors check against; the tool checks the same data with
/// its own shape checker. They must never disagree: the schemas are generated from the data
/// contract (a stale one fails here), and an independent validator (NJsonSchema) must reach the
/// same verdict as the tool on every data file and every case of the rule specs.
/// </summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var (kind, _) in Shapes.FileKinds)
        {
            data.Add(kind);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Innsjekket_skjema_er_det_koden_lager(string kind)
    {
        var shape = Shapes.FileKinds.Single(k => k.File == kind).Shape;
        Golden.AssertMatches(Path.Combine(Repo.Root, SchemaWriter.Folder, $"{kind}.schema.json"), SchemaWriter.Write(kind, shape),
            "kjør `dotnet run --project cli -- skjema`");
    }

    [Fact]
    public void Hver_datafil_begynner_med_skjemakommentaren_for_sin_filtype()
    {
        foreach (var file in Directory.GetFiles(Repo.Data, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.Data, file).Replace('\\', '/');
            var kind = Shapes.FileKinds.Single(k => k.Shape == Shapes.KindOf(relative)).File;
            var first = File.ReadLines(file).First();
            var depth = relative.Count(c => c == '/') + 1;
            var expected = $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", depth))}cli/schema/{kind}.schema.json";
            Assert.True(first == expected, $"{relative}: første linje er «{first}», ventet «{expected}».");
        }
    }

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Repo.Data, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add("data", Path.GetRelativePath(Repo.Data, file).Replace('\\', '/'));
        }
        foreach (var c in SpecFile.All())
        {
            foreach (var path in c.Files.Keys)
            {
                data.Add($"{c.SpecFile}#{c.Name}", path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task NJsonSchema_og_verktøyet_er_enige(string source, string relative)
    {
        var text = source == "data"
            ? File.ReadAllText(Path.Combine(Repo.Data, relative))
            : SpecFile.All().Single(c => $"{c.SpecFile}#{c.Name}" == source).Files[relative];

        var findings = new List<Finding>();
        var node = YamlReader.Read(relative, text, findings);
        if (node is null || findings.Any(f => f.Code == Codes.SkjemaDuplikat))
        {
            // Not YAML a JSON Schema can see (syntax, alias, duplicate key): the tool must say so itself.
            Assert.NotEmpty(findings);
            return;
        }
        var shape = Shapes.KindOf(relative);
        new ShapeChecker(relative, findings).Check(node, shape, "");
        var toolValid = findings.Count == 0;

        var kind = Shapes.FileKinds.Single(k => k.Shape == shape).File;
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Repo.Root, SchemaWriter.Folder, $"{kind}.schema.json"));
        var errors = schema.Validate(YamlJson.Convert(node));
        var schemaValid = errors.Count == 0;

        Assert.True(toolValid == schemaValid,
            $"{source} {relative}: verktøyet sier {(toolValid ? "gyldig" : "ugyldig")}, NJsonSchema sier {(schemaValid ? "gyldig" : "ugyldig")}.\n" +
            $"Verktøyet: {string.Join("; ", findings)}\nNJsonSchema: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
    }
}

/// <summary>YAML as JSON, by the YAML 1.2 core schema (the reading yaml-language-server gives it too).</summary>
internal static class YamlJson
{
    public static string Convert(YamlNode node)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            Write(w, node);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter w, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping m:
                w.WriteStartObject();
                foreach (var (k, v) in m.Entries)
                {
                    w.WritePropertyName(k.Value);
                    Write(w, v);
                }
                w.WriteEndObject();
                break;
            case YamlSequence s:
                w.WriteStartArray();
                foreach (var item in s.Items)
                {
                    Write(w, item);
                }
                w.WriteEndArray();
                break;
            case YamlScalar { IsNull: true }:
                w.WriteNullValue();
                break;
            case YamlScalar { IsBoolean: true } b:
                w.WriteBooleanValue(b.Value is "true" or "True" or "TRUE");
                break;
            case YamlScalar { IsNumber: true } n when YamlNumber.TryParse(n.Value, out var d):
                w.WriteNumberValue(d);
                break;
            case YamlScalar s:
                w.WriteStringValue(s.Value);
                break;
        }
    }
}
