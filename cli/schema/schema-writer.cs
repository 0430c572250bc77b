using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bydelsrapport.Load;

namespace Bydelsrapport.Schema;

/// <summary>
/// Writes a file kind's <see cref="Shape"/> as a JSON Schema (draft-07) for editors
/// (yaml-language-server). Named object shapes become definitions, so recursive blocks work.
/// The output is deterministic: the committed schema files are compared with it in a test.
/// </summary>
public static class SchemaWriter
{
    public const string Folder = "cli/schema";

    public static string Write(string kind, ObjectShape root)
    {
        var definitions = new SortedDictionary<string, Shape>(StringComparer.Ordinal);
        Collect(root, definitions, isRoot: true);

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            w.WriteString("$id", $"https://bydelsrapport.oslo.kommune.no/schema/{kind}.schema.json");
            w.WriteString("title", kind);
            WriteObjectBody(w, root, definitions);
            if (definitions.Count > 0)
            {
                w.WriteStartObject("definitions");
                foreach (var (name, shape) in definitions)
                {
                    w.WriteStartObject(name);
                    WriteBody(w, shape);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void Collect(Shape shape, IDictionary<string, Shape> definitions, bool isRoot = false)
    {
        switch (shape)
        {
            case RefShape r:
                if (!definitions.ContainsKey(r.Name))
                {
                    definitions[r.Name] = r.Target();
                    Collect(r.Target(), definitions);
                }
                break;
            case ListShape l:
                Collect(l.Item, definitions);
                break;
            case YearMapShape y:
                Collect(y.Value, definitions);
                break;
            case ObjectShape o:
                if (!isRoot)
                {
                    if (definitions.ContainsKey(o.Name))
                    {
                        return;
                    }
                    definitions[o.Name] = o;
                }
                foreach (var f in o.Fields)
                {
                    Collect(f.Shape, definitions);
                }
                if (o.Additional is not null)
                {
                    Collect(o.Additional, definitions);
                }
                break;
            case UnionShape u:
                if (!definitions.ContainsKey(u.Name))
                {
                    definitions[u.Name] = u;
                    foreach (var v in u.Variants)
                    {
                        Collect(v, definitions);
                    }
                }
                break;
        }
    }

    /// <summary>A reference where a shape is named, the shape itself where it is not.</summary>
    private static void WriteUse(Utf8JsonWriter w, Shape shape, bool nullable)
    {
        w.WriteStartObject();
        if (nullable)
        {
            w.WriteStartArray("anyOf");
            WriteUse(w, shape, nullable: false);
            w.WriteStartObject();
            w.WriteString("type", "null");
            w.WriteEndObject();
            w.WriteEndArray();
        }
        else
        {
            switch (shape)
            {
                case RefShape r:
                    w.WriteString("$ref", $"#/definitions/{r.Name}");
                    break;
                case ObjectShape o:
                    w.WriteString("$ref", $"#/definitions/{o.Name}");
                    break;
                case UnionShape u:
                    w.WriteString("$ref", $"#/definitions/{u.Name}");
                    break;
                default:
                    WriteBody(w, shape);
                    break;
            }
        }
        w.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter w, Shape shape)
    {
        if (shape.Description is { } d)
        {
            w.WriteString("description", d);
        }
        switch (shape)
        {
            case ScalarShape s:
                WriteScalar(w, s);
                break;
            case ListShape l:
                w.WriteString("type", "array");
                w.WritePropertyName("items");
                WriteUse(w, l.Item, nullable: false);
                break;
            case YearMapShape y:
                w.WriteString("type", "object");
                w.WriteStartObject("patternProperties");
                w.WritePropertyName("^[0-9]{4}$");
                WriteUse(w, y.Value, nullable: true);
                w.WriteEndObject();
                w.WriteBoolean("additionalProperties", false);
                break;
            case ObjectShape o:
                WriteObjectBody(w, o, null);
                break;
            case UnionShape u:
                w.WriteStartArray("oneOf");
                foreach (var v in u.Variants)
                {
                    WriteUse(w, v, nullable: false);
                }
                w.WriteEndArray();
                break;
            case RefShape r:
                WriteBody(w, r.Target());
                break;
        }
    }

    private static void WriteObjectBody(Utf8JsonWriter w, ObjectShape o, IDictionary<string, Shape>? _)
    {
        if (o.Description is { } d)
        {
            w.WriteString("description", d);
        }
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        foreach (var f in o.Fields)
        {
            w.WritePropertyName(f.Name);
            WriteUse(w, f.Shape, f.Nullable);
        }
        w.WriteEndObject();
        var required = o.Fields.Where(f => f.Required).Select(f => f.Name).ToList();
        if (required.Count > 0)
        {
            w.WriteStartArray("required");
            foreach (var r in required)
            {
                w.WriteStringValue(r);
            }
            w.WriteEndArray();
        }
        if (o.Additional is { } additional)
        {
            w.WritePropertyName("additionalProperties");
            WriteUse(w, additional, nullable: true);
        }
        else
        {
            w.WriteBoolean("additionalProperties", false);
        }
    }

    private static void WriteScalar(Utf8JsonWriter w, ScalarShape s)
    {
        switch (s.Kind)
        {
            case ScalarKind.Text:
                w.WriteString("type", "string");
                break;
            case ScalarKind.Integer:
                w.WriteString("type", "integer");
                break;
            case ScalarKind.Number:
                w.WriteString("type", "number");
                break;
            case ScalarKind.Value:
                w.WriteStartArray("type");
                w.WriteStringValue("number");
                w.WriteStringValue("string");
                w.WriteEndArray();
                break;
            case ScalarKind.Date:
                w.WriteString("type", "string");
                w.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                break;
            case ScalarKind.Boolean:
                w.WriteString("type", "boolean");
                break;
        }
        if (s.Allowed is { } allowed)
        {
            w.WriteStartArray("enum");
            foreach (var a in allowed)
            {
                w.WriteStringValue(a);
            }
            w.WriteEndArray();
        }
    }
}
