const fs = require('fs');
const path = require('path');
const express = require('express');
const { nanoid } = require('nanoid');

const dataDir = process.env.DATA_DIR || '/var/lib/pastes';
const app = express();
app.use(express.text({ limit: '64kb' }));

app.get('/healthz', (req, res) => {
  // The probe proves the data directory is writable by the user the container runs as.
  const probe = path.join(dataDir, '.health');
  fs.writeFileSync(probe, String(Date.now()));
  res.json({ ok: true, pastes: fs.readdirSync(dataDir).length - 1 });
});
app.post('/pastes', (req, res) => {
  const id = nanoid(8);
  fs.writeFileSync(path.join(dataDir, id), req.body);
  res.status(201).json({ id });
});
app.get('/pastes/:id', (req, res) => res.sendFile(path.join(dataDir, path.basename(req.params.id))));

app.listen(Number(process.env.PORT || 80), () => console.log('paste-bin up'));
