import express from 'express';

const zones: Record<string, string> = { DE: 'Europe/Berlin', FR: 'Europe/Paris', JP: 'Asia/Tokyo' };
const app = express();

app.get('/health', (_req, res) => res.json({ ok: true }));
app.get('/zone/:country', (req, res) => {
  const zone = zones[req.params.country.toUpperCase()];
  if (!zone) return res.status(404).json({ error: 'unknown country' });
  res.json({ zone });
});
app.listen(Number(process.env.PORT ?? 3000));
