var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var items = new List<Item> { new("A-100", "bolt", 40), new("B-200", "washer", 120) };

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapGet("/items", () => items);
app.MapPost("/items", (Item item) =>
{
    items.Add(item);
    return Results.Created($"/items/{item.Sku}", item);
});

app.Run();

record Item(string Sku, string Name, int Count);
