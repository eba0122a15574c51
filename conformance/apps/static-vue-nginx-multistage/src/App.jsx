import { useState } from "react";

const SERVICES = [
  { name: "orders", owner: "checkout", healthy: true },
  { name: "rates", owner: "finance", healthy: true },
  { name: "ledger", owner: "finance", healthy: false },
];

export function App() {
  const [onlyFailing, setOnlyFailing] = useState(false);
  const shown = SERVICES.filter((s) => !onlyFailing || !s.healthy);
  return (
    <main>
      <h1>Team dashboard</h1>
      <label>
        <input type="checkbox" checked={onlyFailing} onChange={(e) => setOnlyFailing(e.target.checked)} /> failing only
      </label>
      <ul>
        {shown.map((s) => (
          <li key={s.name}>{s.healthy ? "✅" : "❌"} {s.name} ({s.owner})</li>
        ))}
      </ul>
    </main>
  );
}
