using Scriban.Runtime;

namespace Bydelsrapport.Render;

/// <summary>Small helpers to build the view model the templates see, with snake_case keys.</summary>
internal static class So
{
    public static ScriptObject Obj(params (string Key, object? Value)[] entries)
    {
        var o = new ScriptObject();
        foreach (var (k, v) in entries)
        {
            o.Add(k, v);
        }
        return o;
    }

    public static ScriptArray Arr<T>(IEnumerable<T> items)
    {
        var a = new ScriptArray();
        foreach (var item in items)
        {
            a.Add(item);
        }
        return a;
    }
}
