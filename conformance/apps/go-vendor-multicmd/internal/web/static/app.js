fetch("/api/items").then(r => r.json()).then(items => {
  document.getElementById("items").innerHTML = items.map(i => `<li>${i.sku} ${i.name}: ${i.count}</li>`).join("");
});
